package org.putright.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintEvent.EarlyResolutionConsidered;
import org.putright.complaints.ComplaintEvent.LegalHoldPlaced;
import org.putright.complaints.ComplaintEvent.Recorded;
import org.putright.complaints.ComplaintView.AdditionalComplaintView;
import org.putright.complaints.ComplaintView.DeadlineStatus;
import org.putright.complaints.ComplaintView.Deadlines;
import org.putright.complaints.ComplaintView.EarlyResolutionView;
import org.putright.complaints.ComplaintView.ExtensionView;
import org.putright.complaints.ComplaintView.LegalHoldView;
import org.putright.complaints.ComplaintView.HistoryEntry;
import org.putright.complaints.ComplaintView.LinkView;
import org.putright.complaints.ComplaintView.OutstandingActionView;
import org.putright.complaints.ComplaintView.RefusalView;
import org.putright.complaints.ComplaintView.ResponseView;
import org.putright.complaints.ComplaintView.ServiceRequestView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.ComplaintView.TimelinessView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns the aggregate and its record into the view the API returns. */
@Component
class ComplaintViews {

    private final int dueSoonWorkingDays;

    ComplaintViews(@Value("${putright.deadlines.due-soon-working-days:2}") int dueSoonWorkingDays) {
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    ComplaintView view(Complaint complaint, List<Recorded> history, WorkingDayCalendar calendar, LocalDate today) {
        List<StageView> stages = new ArrayList<>();
        for (Complaint.StageRecord record : complaint.stages()) {
            stages.add(new StageView(record.stage, record.escalationRequestedOn, record.residentReason, record.acknowledgedOn,
                    record.handler, record.definition, deadlines(complaint.deadlines(record.stage, calendar)),
                    record.extensions.stream().map(e -> new ExtensionView(e.workingDays(), e.reason(), e.residentInformedOn(),
                            e.goodReason(), e.newRespondBy(), e.updateEveryWorkingDays())).toList(),
                    record.joined.stream().map(j -> new AdditionalComplaintView(j.receivedAt(), j.description())).toList(),
                    record.response == null ? null : new ResponseView(record.response.respondedOn(), record.response.decision(),
                            record.response.reasons(), record.response.points(), record.response.remedies(),
                            record.response.noRemedyReason(), outstandingActions(record, today),
                            record.response.noOutstandingActions(), record.response.escalationRoute()),
                    record.refusal == null ? null : new RefusalView(record.refusal.ground(), record.refusal.reasons(),
                            record.refusal.discretionConsidered(), record.refusal.decidedOn(), true)));
        }
        List<LinkView> links = new ArrayList<>();
        if (complaint.linkedFrom() != null) {
            links.add(new LinkView(complaint.linkedFrom().complaintId(), null, "RAISED_FROM", complaint.linkedFrom().reason()));
        }
        complaint.linked().forEach(l -> links.add(new LinkView(l.complaintId(), l.reference(), "LINKED_COMPLAINT", l.reason())));
        Complaint.StageRecord current = complaint.stageRecord(complaint.stage());
        return new ComplaintView(complaint.id(), complaint.reference(), complaint.isServiceRequest() ? "SERVICE_REQUEST" : "COMPLAINT",
                complaint.stage(), complaint.status(), complaint.scheme().id(), complaint.receivedAt(), complaint.receivedOn(),
                complaint.channel(), complaint.resident(), complaint.representative(), complaint.description(),
                complaint.issueOccurredOn(), complaint.residentStatement(), complaint.handler(), current.definition,
                deadlines(complaint.deadlines(complaint.stage(), calendar)), deadlineStatus(complaint.nextStep(calendar), calendar, today),
                new TimelinessView(complaint.acknowledgementTimeliness(1, today, calendar), complaint.responseTimeliness(1, today, calendar),
                        complaint.acknowledgementTimeliness(2, today, calendar), complaint.responseTimeliness(2, today, calendar)),
                stages, links,
                complaint.isServiceRequest() ? new ServiceRequestView(complaint.serviceRequestReasons(), complaint.serviceRequestResolvedOn()) : null,
                complaint.closedOn(), complaint.allowedIntents(),
                history.stream().map(r -> new HistoryEntry(r.sequence(), r.event().type(), r.occurredAt(), r.actor(), r.event())).toList(),
                complaint.priority(), List.copyOf(complaint.riskFlags()), complaint.riskNotes(), earlyResolution(complaint, history),
                legalHold(complaint, history), complaint.anonymisedOn(),
                complaint.categories() == null ? new ComplaintView.CategoriesView(null, null, null)
                        : new ComplaintView.CategoriesView(complaint.categories().serviceArea(), complaint.categories().cause(),
                                complaint.categories().team()));
    }

    private static EarlyResolutionView earlyResolution(Complaint complaint, List<Recorded> history) {
        Recorded last = lastOf(history, EarlyResolutionConsidered.class);
        if (last == null) {
            return new EarlyResolutionView(complaint.earlyResolutionCheckDue(), null, null, null, null);
        }
        EarlyResolutionConsidered e = (EarlyResolutionConsidered) last.event();
        return new EarlyResolutionView(complaint.earlyResolutionCheckDue(), e.canResolveEarly(), e.notes(), last.occurredAt(), last.actor());
    }

    private static LegalHoldView legalHold(Complaint complaint, List<Recorded> history) {
        Recorded placed = complaint.legalHold() ? lastOf(history, LegalHoldPlaced.class) : null;
        return placed == null ? new LegalHoldView(false, null, null, null)
                : new LegalHoldView(true, complaint.legalHoldReason(), placed.occurredAt(), placed.actor());
    }

    private static Recorded lastOf(List<Recorded> history, Class<? extends ComplaintEvent> type) {
        Recorded last = null;
        for (Recorded recorded : history) {
            if (type.isInstance(recorded.event())) {
                last = recorded;
            }
        }
        return last;
    }

    private static List<OutstandingActionView> outstandingActions(Complaint.StageRecord record, LocalDate today) {
        List<OutstandingAction> actions = record.response.outstandingActions();
        List<OutstandingActionView> views = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            OutstandingAction action = actions.get(i);
            var done = record.completions.get(i);
            views.add(new OutstandingActionView(i, action.description(), action.dueOn(), action.owner(),
                    done == null ? null : done.completedOn(),
                    done == null ? null : done.evidence(), done == null && action.dueOn().isBefore(today)));
        }
        return views;
    }

    DeadlineStatus deadlineStatus(Complaint.NextStep next, WorkingDayCalendar calendar, LocalDate today) {
        if (next == null || next.dueOn() == null) {
            return null;
        }
        return deadlineStatus(next.step(), next.dueOn(), calendar, today);
    }

    DeadlineStatus deadlineStatus(String step, LocalDate dueOn, WorkingDayCalendar calendar, LocalDate today) {
        int left = calendar.workingDaysBetween(today, dueOn);
        String status = today.isAfter(dueOn) ? "OVERDUE" : left <= dueSoonWorkingDays ? "DUE_SOON" : "DUE";
        return new DeadlineStatus(step, dueOn, left, status);
    }

    int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    private static Deadlines deadlines(Complaint.Deadlines deadlines) {
        return deadlines == null ? null
                : new Deadlines(deadlines.acknowledgeBy(), deadlines.respondBy(), deadlines.extendedByWorkingDays());
    }
}

package org.putright.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintEvent.Recorded;
import org.springframework.stereotype.Component;

/**
 * For bulk loads that write complaints' records straight into the tables (the synthetic benchmark data set, a migration
 * from another system): a record is made in memory by the aggregate itself ({@link #receive}, then the same intents as
 * {@link ComplaintService}, each checked by the same rules), and the rows the store would write for it are handed back,
 * so such a record reads back exactly as one made through the service. Nothing is read or written here and nothing is
 * published: the caller writes the rows (docs/decisions/0018).
 */
@Component
public class ComplaintRecordRows {

    /**
     * The rows for one record: {@code events} for complaint_event, {@code complaint} for the projection,
     * {@code outstandingActions} for outstanding_action; each a column name to value map in the table's column order.
     */
    public record Rows(ComplaintView view, List<Map<String, Object>> events, Map<String, Object> complaint,
            List<Map<String, Object>> outstandingActions) {
    }

    private final ComplaintStore store;
    private final ComplaintViews views;
    private final Schemes schemes;
    private final WorkingDays workingDays;
    private final EscalationRoutes escalationRoutes;
    private final RefusalGrounds grounds;
    private final Map<String, java.util.Optional<RefusalGround>> groundCache = new java.util.concurrent.ConcurrentHashMap<>();

    ComplaintRecordRows(ComplaintStore store, ComplaintViews views, Schemes schemes, WorkingDays workingDays,
            EscalationRoutes escalationRoutes, RefusalGrounds grounds) {
        this.store = store;
        this.views = views;
        this.schemes = schemes;
        this.workingDays = workingDays;
        this.escalationRoutes = escalationRoutes;
        this.grounds = grounds;
    }

    /**
     * A new record, as {@link ComplaintService#receive} makes it but with the id and reference given (the loader numbers
     * its own; it must also move reference_counter past them). {@code calendar}: one calendar for the whole load.
     */
    public Draft receive(UUID id, String reference, ComplaintService.NewComplaint request, String actor, WorkingDayCalendar calendar) {
        Instant receivedAt = request.receivedAt().toInstant();
        LocalDate receivedOn = LondonDates.dateOf(receivedAt);
        ComplaintScheme scheme = schemes.forReceivedOn(receivedOn);
        Complaint complaint = Complaint.receive(new ComplaintEvent.ComplaintReceived(id, reference, scheme.id(), receivedAt, receivedOn,
                request.channel(), request.resident(), request.representative(), request.description(), request.issueOccurredOn(),
                null, null, blank(request.outcomeSought()), blank(request.contactPreference()), blank(request.supportNeeds())), scheme);
        if (!request.riskFlags().isEmpty() || request.riskNotes() != null && !request.riskNotes().isBlank()) {
            complaint.recordRiskFlags(request.riskFlags(), request.riskNotes());
        }
        Draft draft = new Draft(complaint, calendar, workingDays.today());
        draft.commit(receivedAt, actor);
        return draft;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * A record being made in memory: each intent is the aggregate's own, with its rules, recorded at the instant and by
     * the member of staff last given to {@link #at}.
     */
    public final class Draft {

        private final Complaint complaint;
        private final WorkingDayCalendar calendar;
        private final LocalDate today;
        private final List<Recorded> history = new ArrayList<>();
        private Instant at;
        private String actor;

        private Draft(Complaint complaint, WorkingDayCalendar calendar, LocalDate today) {
            this.complaint = complaint;
            this.calendar = calendar;
            this.today = today;
        }

        /** When the next steps happen and who does them. */
        public Draft at(Instant when, String by) {
            this.at = when;
            this.actor = by;
            return this;
        }

        public Draft categorise(String serviceArea, String cause, String team) {
            complaint.categorise(serviceArea, cause, team);
            return commit();
        }

        public Draft triageAsServiceRequest(String reasons) {
            complaint.triageAsServiceRequest(reasons, true);
            return commit();
        }

        public Draft resolveServiceRequest(LocalDate resolvedOn, String summary) {
            complaint.resolveServiceRequest(resolvedOn, summary, today);
            return commit();
        }

        public Draft acknowledge(LocalDate acknowledgedOn, String handler, Definition definition) {
            complaint.acknowledge(acknowledgedOn, handler, definition, today);
            return commit();
        }

        public Draft extend(int days, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays) {
            complaint.extend(days, reason, residentInformedOn, goodReason, updateEveryWorkingDays, today, calendar);
            return commit();
        }

        public Draft respond(ResponseDraft draft) {
            complaint.respond(draft, escalationRoutes.after(complaint.scheme(), complaint.stage(), complaint.reference()), today);
            return commit();
        }

        public Draft completeOutstandingAction(int stage, int action, LocalDate completedOn, String evidence) {
            complaint.completeOutstandingAction(stage, action, completedOn, evidence, today);
            return commit();
        }

        public Draft requestEscalation(LocalDate requestedOn, String reason) {
            complaint.requestEscalation(requestedOn, reason, today);
            return commit();
        }

        public Draft refuse(String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
            RefusalGround active = groundCache.computeIfAbsent(ground, grounds::active).orElse(null);
            complaint.refuse(ground, active, reasons, discretionConsidered, decidedOn, today);
            return commit();
        }

        public Draft addNote(String text) {
            complaint.addNote(text);
            return commit();
        }

        public Draft close(LocalDate closedOn, String reason) {
            complaint.close(closedOn, reason, today);
            return commit();
        }

        public UUID id() {
            return complaint.id();
        }

        public int stage() {
            return complaint.stage();
        }

        /** The rows for the record as it now stands. */
        public Rows rows() {
            return ComplaintRecordRows.this.rows(complaint, history, calendar);
        }

        private Draft commit() {
            return commit(at, actor);
        }

        private Draft commit(Instant when, String by) {
            if (when == null || by == null) {
                throw new IllegalStateException("Say when and by whom (at) before the first step");
            }
            int sequence = complaint.version();
            for (ComplaintEvent event : complaint.pendingEvents()) {
                history.add(new Recorded(complaint.id(), ++sequence, when, by, event));
            }
            complaint.markCommitted();
            this.at = when;
            this.actor = by;
            return this;
        }
    }

    /** {@code history}: a whole record as stored, first event (ComplaintReceived) first, sequences from 1. */
    public Rows rows(List<Recorded> history, WorkingDayCalendar calendar) {
        Complaint complaint = Complaint.replay(history.stream().map(Recorded::event).toList(), id -> schemes.byId(id)
                .orElseThrow(() -> new IllegalStateException("Unknown scheme " + id)));
        return rows(complaint, history, calendar);
    }

    private Rows rows(Complaint complaint, List<Recorded> history, WorkingDayCalendar calendar) {
        List<Map<String, Object>> events = new ArrayList<>(history.size());
        Map<String, Map<String, Object>> actions = new LinkedHashMap<>();
        for (Recorded recorded : history) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("complaint_id", recorded.complaintId());
            row.put("sequence", recorded.sequence());
            row.put("event_type", recorded.event().type());
            row.put("occurred_at", recorded.occurredAt().atOffset(ZoneOffset.UTC));
            row.put("actor", recorded.actor());
            row.put("payload", store.payload(recorded.event()));
            events.add(row);
            // as ComplaintStore.projectOutstandingActions does, event by event
            switch (recorded.event()) {
                case ComplaintEvent.StageResponded responded -> {
                    for (int i = 0; i < responded.outstandingActions().size(); i++) {
                        OutstandingAction action = responded.outstandingActions().get(i);
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("complaint_id", recorded.complaintId());
                        a.put("stage", responded.stage());
                        a.put("action_index", i);
                        a.put("reference", complaint.reference());
                        a.put("description", action.description());
                        a.put("due_on", action.dueOn());
                        a.put("owner", action.owner());
                        a.put("completed_on", null);
                        actions.put(responded.stage() + ":" + i, a);
                    }
                }
                case ComplaintEvent.OutstandingActionCompleted completed -> {
                    Map<String, Object> a = actions.get(completed.stage() + ":" + completed.actionIndex());
                    if (a != null) {
                        a.put("completed_on", completed.completedOn());
                    }
                }
                default -> {
                }
            }
        }
        OffsetDateTime at = history.getLast().occurredAt().atOffset(ZoneOffset.UTC);
        ComplaintView view = views.view(complaint, history, calendar, workingDays.today());
        return new Rows(view, events, ComplaintStore.projection(complaint, calendar, at, history.size()), new ArrayList<>(actions.values()));
    }
}

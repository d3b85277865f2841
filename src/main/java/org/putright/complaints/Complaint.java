package org.putright.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintEvent.AdditionalComplaintJoined;
import org.putright.complaints.ComplaintEvent.Categorised;
import org.putright.complaints.ComplaintEvent.ComplaintClosed;
import org.putright.complaints.ComplaintEvent.ComplaintNotAccepted;
import org.putright.complaints.ComplaintEvent.ComplaintReceived;
import org.putright.complaints.ComplaintEvent.EscalationRefused;
import org.putright.complaints.ComplaintEvent.EscalationRequested;
import org.putright.complaints.ComplaintEvent.HandlerAssigned;
import org.putright.complaints.ComplaintEvent.LinkedComplaintRaised;
import org.putright.complaints.ComplaintEvent.NoteAdded;
import org.putright.complaints.ComplaintEvent.EarlyResolutionConsidered;
import org.putright.complaints.ComplaintEvent.LegalHoldLifted;
import org.putright.complaints.ComplaintEvent.LegalHoldPlaced;
import org.putright.complaints.ComplaintEvent.OutstandingActionCompleted;
import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.putright.complaints.ComplaintEvent.RiskFlagsRecorded;
import org.putright.complaints.ComplaintEvent.ResponseDeadlineExtended;
import org.putright.complaints.ComplaintEvent.ServiceRequestResolved;
import org.putright.complaints.ComplaintEvent.StageAcknowledged;
import org.putright.complaints.ComplaintEvent.StageResponded;
import org.putright.complaints.ComplaintEvent.TriagedAsComplaint;
import org.putright.complaints.ComplaintEvent.TriagedAsServiceRequest;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;

/**
 * The complaint aggregate. Its state is only ever the fold of its events; intent methods check the transition table
 * and the Code's rules, then record new events. It does no I/O: the calendar and "today" are passed in.
 */
final class Complaint {

    static final class StageRecord {

        final int stage;
        LocalDate escalationRequestedOn;
        String residentReason;
        LocalDate acknowledgedOn;
        String handler;
        final java.util.Set<String> handlers = new java.util.LinkedHashSet<>();
        Definition definition;
        final List<ResponseDeadlineExtended> extensions = new ArrayList<>();
        final List<AdditionalComplaintJoined> joined = new ArrayList<>();
        StageResponded response;
        /** Completions of the response's outstanding actions, by the action's index in the response. */
        final java.util.Map<Integer, OutstandingActionCompleted> completions = new java.util.TreeMap<>();
        Refusal refusal;

        StageRecord(int stage) {
            this.stage = stage;
        }

        int extendedBy() {
            return extensions.stream().mapToInt(ResponseDeadlineExtended::workingDays).sum();
        }
    }

    record Refusal(String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
    }

    record Link(UUID complaintId, String reference, String reason) {
    }

    record Deadlines(LocalDate acknowledgeBy, LocalDate respondBy, int extendedByWorkingDays) {
    }

    record NextStep(String step, LocalDate dueOn) {
    }

    private final UUID id;
    private final ComplaintScheme scheme;
    private String reference;
    private Instant receivedAt;
    private LocalDate receivedOn;
    private Channel channel;
    private Resident resident;
    private Representative representative;
    private String description;
    private LocalDate issueOccurredOn;
    private ComplaintView.ResidentStatement residentStatement;
    private Link linkedFrom;
    private final List<Link> linked = new ArrayList<>();
    private Status status;
    private int stage = 1;
    private final List<StageRecord> stages = new ArrayList<>();
    private boolean serviceRequest;
    private String serviceRequestReasons;
    private LocalDate serviceRequestResolvedOn;
    private LocalDate closedOn;
    private Set<RiskFlag> riskFlags = Set.of();
    private String riskNotes;
    /** A flag was added since the last early-resolution consideration (or none was recorded yet): 6.1 asks again. */
    private boolean riskAddedSinceConsideration;
    private EarlyResolutionConsidered earlyResolution;
    private boolean legalHold;
    private String legalHoldReason;
    private LocalDate anonymisedOn;
    private Categorised categories;
    private int version;
    private final List<ComplaintEvent> pending = new ArrayList<>();

    private Complaint(UUID id, ComplaintScheme scheme) {
        this.id = id;
        this.scheme = scheme;
    }

    /** A new complaint, as received (1.3: whatever words the resident used). */
    static Complaint receive(ComplaintReceived received, ComplaintScheme scheme) {
        Complaint complaint = new Complaint(received.complaintId(), scheme);
        complaint.record(received);
        return complaint;
    }

    /** Rebuilds a complaint from its record. */
    static Complaint replay(List<ComplaintEvent> history, Function<String, ComplaintScheme> schemes) {
        if (history.isEmpty() || !(history.getFirst() instanceof ComplaintReceived received)) {
            throw new IllegalStateException("A complaint's record starts with ComplaintReceived");
        }
        Complaint complaint = new Complaint(received.complaintId(), schemes.apply(received.scheme()));
        history.forEach(complaint::apply);
        complaint.version = history.size();
        return complaint;
    }

    // ---------------------------------------------------------------- intents

    void confirmAsComplaint(String notes) {
        requireStage1("Triage");
        next(Intent.CONFIRM_AS_COMPLAINT);
        record(new TriagedAsComplaint(id, notes));
    }

    void triageAsServiceRequest(String reasons, boolean residentToldOfRightToComplain) {
        requireStage1("Triage");
        next(Intent.TRIAGE_AS_SERVICE_REQUEST);
        ServiceRequestNeedsChoiceToComplain.check(scheme, residentToldOfRightToComplain, reasons);
        record(new TriagedAsServiceRequest(id, reasons, true));
    }

    void resolveServiceRequest(LocalDate resolvedOn, String summary, LocalDate today) {
        next(Intent.RESOLVE_SERVICE_REQUEST);
        requireDate("resolvedOn", resolvedOn, receivedOn, today);
        record(new ServiceRequestResolved(id, resolvedOn, summary));
    }

    /** 1.5: dissatisfaction with a service request's response is a complaint, even while the request is ongoing. */
    void raiseDissatisfactionWithServiceRequest(UUID newComplaintId, String newReference) {
        if (!serviceRequest) {
            throw new IllegalTransition("Only a service request can have a complaint raised about its handling; "
                    + "for a complaint, record an additional complaint instead.");
        }
        next(Intent.RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST);
        record(new LinkedComplaintRaised(id, newComplaintId, newReference,
                "Resident dissatisfied with the response to this service request ("
                        + scheme.provision(RuleId.DISSATISFACTION_WITH_SERVICE_REQUEST_IS_A_COMPLAINT) + ")"));
    }

    void refuse(String groundCode, RefusalGround ground, String reasons, String discretionConsidered, LocalDate decidedOn,
            LocalDate today) {
        boolean escalation = stage > 1;
        next(escalation ? Intent.REFUSE_TO_ESCALATE : Intent.REFUSE_TO_ACCEPT);
        requireDate("decidedOn", decidedOn, escalation ? current().escalationRequestedOn : receivedOn, today);
        RefusalMustBeFairAndReasoned.check(scheme, escalation, ground, groundCode, reasons, discretionConsidered, issueOccurredOn,
                receivedOn);
        if (escalation) {
            record(new EscalationRefused(id, stage, ground.code(), reasons, discretionConsidered, decidedOn, true));
        }
        else {
            record(new ComplaintNotAccepted(id, ground.code(), reasons, discretionConsidered, decidedOn, true));
        }
    }

    void acknowledge(LocalDate acknowledgedOn, String handler, Definition definition, LocalDate today) {
        next(Intent.ACKNOWLEDGE);
        requireDate("acknowledgedOn", acknowledgedOn, stage == 1 ? receivedOn : current().escalationRequestedOn, today);
        ComplaintMustBeDefined.check(scheme, stage, definition);
        Stage2HandlerMustDiffer.check(scheme, stage, stage1Handlers(), handler);
        Definition complete = definition;
        for (AdditionalComplaintJoined joined : current().joined) {
            // 6.8: a related complaint raised before the acknowledgement is part of what the response must answer
            if (complete.pointsToAnswer().stream().noneMatch(point -> point.equals(joined.description()))) {
                complete = complete.withPoint(joined.description());
            }
        }
        record(new StageAcknowledged(id, stage, acknowledgedOn, handler, complete));
    }

    void assign(String handler) {
        next(Intent.ASSIGN);
        Stage2HandlerMustDiffer.check(scheme, stage, stage1Handlers(), handler);
        if (handler.equals(current().handler)) {
            return; // already theirs: nothing happened, nothing to record
        }
        record(new HandlerAssigned(id, stage, handler, current().handler));
    }

    void extend(int workingDays, String reason, LocalDate residentInformedOn, String goodReason, Integer updateEveryWorkingDays,
            LocalDate today, WorkingDayCalendar calendar) {
        next(Intent.EXTEND);
        if (workingDays < 1) {
            throw new InvalidRequestException("workingDays", workingDays, "An extension is at least 1 working day");
        }
        StageRecord current = current();
        ExtensionWithinLimit.check(scheme, stage, current.extendedBy(), workingDays, reason, goodReason, residentInformedOn);
        ExtensionAgreesUpdateIntervals.check(scheme, stage, updateEveryWorkingDays);
        requireDate("residentInformedOn", residentInformedOn, current.acknowledgedOn, today);
        LocalDate base = deadlines(stage, calendar).respondBy();
        record(new ResponseDeadlineExtended(id, stage, workingDays, reason, residentInformedOn, blankToNull(goodReason),
                calendar.addWorkingDays(base, workingDays), updateEveryWorkingDays));
    }

    /** True when the additional complaint joined this one; false when the caller must log a new, linked complaint. */
    boolean additionalComplaint(Instant receivedAt, String description, boolean related) {
        if (AdditionalComplaintsJoinIfRelated.joins(related, stage, status)) {
            next(Intent.JOIN_ADDITIONAL_COMPLAINT);
            record(new AdditionalComplaintJoined(id, stage, receivedAt, description));
            return true;
        }
        return false;
    }

    void linkNewComplaint(UUID newComplaintId, String newReference, String reason) {
        next(Intent.RAISE_LINKED_COMPLAINT);
        record(new LinkedComplaintRaised(id, newComplaintId, newReference, reason));
    }

    /** What a response would still lack (6.9 / 6.19), without issuing it: for forms that show every gap at once. */
    MissingElements missingResponseElements(ResponseDraft draft, String escalationRoute) {
        ComplaintScheme.ResponseElements required = scheme.stage(stage).responseElements();
        return new MissingElements(required.provision(), ResponseMustContainRequiredElements.missing(required,
                new ResponseMustContainRequiredElements.Content(stage, current().definition, draft, escalationRoute)));
    }

    /** Issues the stage's response; {@code escalationRoute} is how the letter tells the resident to take it further. */
    void respond(ResponseDraft draft, String escalationRoute, LocalDate today) {
        next(Intent.RESPOND);
        StageRecord current = current();
        requireDate("respondedOn", draft.respondedOn(), current.acknowledgedOn, today);
        ResponseMustContainRequiredElements.check(scheme.stage(stage).responseElements(),
                new ResponseMustContainRequiredElements.Content(stage, current.definition, draft, escalationRoute));
        ResponseMustAddressEveryPoint.check(scheme, stage, current.definition, draft.reasons(), draft.points());
        if (!draft.remedies().isEmpty() && draft.noRemedyReason() != null) {
            throw new InvalidRequestException("noRemedyReason", draft.noRemedyReason(),
                    "Either list the remedies offered or say why none is offered, not both");
        }
        if (!draft.outstandingActions().isEmpty() && draft.noOutstandingActions()) {
            throw new InvalidRequestException("noOutstandingActions", true,
                    "Either list the outstanding actions or confirm there are none, not both");
        }
        for (int i = 0; i < draft.remedies().size(); i++) {
            Remedy remedy = draft.remedies().get(i);
            if (remedy.dueOn() != null && remedy.dueOn().isBefore(draft.respondedOn())) {
                throw new InvalidRequestException("remedies[" + i + "].dueOn", remedy.dueOn(), "A remedy cannot be due before the response");
            }
            if (remedy.type() == Remedy.Type.FINANCIAL
                    && (remedy.financial() == null || remedy.financial().total().signum() <= 0)) {
                // 7.4: a financial remedy shows how the sum is made up
                throw new InvalidRequestException("remedies[" + i + "].financial", null,
                        "A financial remedy needs its amounts: statutory, quantifiable loss, time and trouble, distress and inconvenience");
            }
            if (remedy.financial() != null && java.util.stream.Stream.of(remedy.financial().statutory(),
                    remedy.financial().quantifiableLoss(), remedy.financial().timeAndTrouble(),
                    remedy.financial().distressAndInconvenience()).anyMatch(a -> a != null && a.signum() < 0)) {
                throw new InvalidRequestException("remedies[" + i + "].financial", null, "Amounts cannot be negative");
            }
        }
        List<OutstandingAction> actions = draft.outstandingActions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).dueOn() == null) {
                throw new InvalidRequestException("outstandingActions[" + i + "].dueOn", null, "is required: say by when (7.3)");
            }
            if (actions.get(i).dueOn().isBefore(draft.respondedOn())) {
                throw new InvalidRequestException("outstandingActions[" + i + "].dueOn", actions.get(i).dueOn(),
                        "An outstanding action cannot be due before the response");
            }
        }
        record(new StageResponded(id, stage, draft.respondedOn(), draft.decision(), draft.reasons(), draft.points(),
                draft.remedies(), actions, draft.noRemedyReason(), draft.noOutstandingActions(), escalationRoute));
    }

    void requestEscalation(LocalDate requestedOn, String residentReason, LocalDate today) {
        if (serviceRequest) {
            throw new IllegalTransition("A service request has no stages. If the resident is unhappy with it, raise a complaint about it.");
        }
        if (status == Status.AWAITING_ACKNOWLEDGEMENT || status == Status.UNDER_INVESTIGATION) {
            EscalationOnlyAfterResponse.check(scheme, false);
        }
        if (status == Status.RESPONDED || status == Status.CLOSED) {
            AtMostTwoStages.check(scheme, stage);
        }
        next(Intent.REQUEST_ESCALATION);
        requireDate("requestedOn", requestedOn, current().response.respondedOn(), today);
        // 6.12: no reasons are required; any the resident gave are kept
        record(new EscalationRequested(id, stage + 1, requestedOn, blankToNull(residentReason)));
    }

    void close(LocalDate closedOn, String reason, LocalDate today) {
        next(Intent.CLOSE);
        LocalDate earliest = current().response != null ? current().response.respondedOn()
                : current().refusal != null ? current().refusal.decidedOn() : receivedOn;
        requireDate("closedOn", closedOn, earliest, today);
        record(new ComplaintClosed(id, closedOn, blankToNull(reason)));
    }

    /** 6.6 / 6.17: an action promised in a response, done, with evidence of what was done. */
    void completeOutstandingAction(int forStage, int actionIndex, LocalDate completedOn, String evidence, LocalDate today) {
        next(Intent.COMPLETE_OUTSTANDING_ACTION);
        StageRecord record = stageRecord(forStage);
        if (record == null || record.response == null) {
            throw new InvalidRequestException("stage", forStage, "has no response, so no outstanding actions, on this complaint");
        }
        List<OutstandingAction> actions = record.response.outstandingActions();
        if (actionIndex < 0 || actionIndex >= actions.size()) {
            throw new InvalidRequestException("action", actionIndex, actions.isEmpty()
                    ? "The stage " + forStage + " response has no outstanding actions"
                    : "must be the index of one of the " + actions.size() + " outstanding action(s) in the stage " + forStage
                            + " response (0 to " + (actions.size() - 1) + ")");
        }
        OutstandingActionCompleted done = record.completions.get(actionIndex);
        if (done != null) {
            throw new ConflictException("Outstanding action " + actionIndex + " of the stage " + forStage + " response (\""
                    + actions.get(actionIndex).description() + "\") was already recorded as completed on " + done.completedOn() + ".");
        }
        requireDate("completedOn", completedOn, record.response.respondedOn(), today);
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidRequestException("evidence", evidence, "is required: say what was done and how it was confirmed");
        }
        record(new OutstandingActionCompleted(id, forStage, actionIndex, actions.get(actionIndex).description(), completedOn,
                evidence.strip()));
    }

    void addNote(String text) {
        next(Intent.ADD_NOTE);
        record(new NoteAdded(id, text));
    }

    /** 6.1: the risks now known to the resident; the full set, so an empty set clears them. Nothing is recorded if nothing changed. */
    void recordRiskFlags(Set<RiskFlag> flags, String notes) {
        next(Intent.RECORD_RISK_FLAGS);
        RiskFlagsRecorded recorded = new RiskFlagsRecorded(id, flags, blankToNull(notes));
        if (recorded.flags().equals(riskFlags) && java.util.Objects.equals(recorded.notes(), riskNotes)) {
            return;
        }
        record(recorded);
    }

    /** 6.1: whether this stage 1 complaint can be resolved early, given the resident's vulnerability or risk, and why. */
    void considerEarlyResolution(boolean canResolveEarly, String notes) {
        next(Intent.CONSIDER_EARLY_RESOLUTION);
        requireStage1("The early-resolution check (" + scheme.provision(RuleId.EARLY_RESOLUTION_CONSIDERED) + ")");
        EarlyResolutionMustBeReasoned.check(scheme, notes);
        record(new EarlyResolutionConsidered(id, canResolveEarly, notes.strip()));
    }

    /** 9.4: files the complaint under the landlord's categories (codes already checked); nothing is recorded if nothing changed. */
    void categorise(String serviceArea, String cause, String team) {
        next(Intent.CATEGORISE);
        Categorised categorised = new Categorised(id, serviceArea, cause, team);
        if (categorised.equals(categories) || categories == null && serviceArea == null && cause == null && team == null) {
            return;
        }
        record(categorised);
    }

    void placeLegalHold(String reason) {
        next(Intent.PLACE_LEGAL_HOLD);
        requireReason(reason, "why the record must be kept (for example the claim or inquiry)");
        if (legalHold) {
            throw new ConflictException("Complaint " + reference + " is already under a legal hold (" + legalHoldReason + ").");
        }
        record(new LegalHoldPlaced(id, reason.strip()));
    }

    void liftLegalHold(String reason) {
        next(Intent.LIFT_LEGAL_HOLD);
        requireReason(reason, "why the hold is no longer needed");
        if (!legalHold) {
            throw new ConflictException("Complaint " + reference + " is not under a legal hold.");
        }
        record(new LegalHoldLifted(id, reason.strip()));
    }

    /**
     * Records that the personal data is removed under the retention policy. Only the record of it: rewriting the earlier
     * events is the store's job ({@code ComplaintStore.anonymise}), in the same transaction.
     */
    void anonymise(RetentionPolicy policy, LocalDate today) {
        next(Intent.ANONYMISE_PERSONAL_DATA);
        if (legalHold) {
            throw new ConflictException("Complaint " + reference + " is under a legal hold (" + legalHoldReason
                    + "); its personal data is kept until the hold is lifted.");
        }
        LocalDate finished = finishedOn();
        if (!policy.due(finished, today)) {
            throw new ConflictException("Complaint " + reference + " was finished on " + finished + "; the retention policy keeps it until after "
                    + finished.plusYears(policy.yearsAfterClosure()) + ".");
        }
        record(new PersonalDataAnonymised(id, policy.describe(), finished, today));
    }

    // ---------------------------------------------------------------- the fold

    private void record(ComplaintEvent event) {
        apply(event);
        pending.add(event);
    }

    private void apply(ComplaintEvent event) {
        switch (event) {
            case ComplaintReceived e -> {
                reference = e.reference();
                receivedAt = e.receivedAt();
                receivedOn = e.receivedOn();
                channel = e.channel();
                resident = e.resident();
                representative = e.representative();
                description = e.description();
                issueOccurredOn = e.issueOccurredOn();
                residentStatement = e.outcomeSought() == null && e.contactPreference() == null && e.supportNeeds() == null ? null
                        : new ComplaintView.ResidentStatement(e.outcomeSought(), e.contactPreference(), e.supportNeeds());
                linkedFrom = e.linkedFrom() == null ? null : new Link(e.linkedFrom(), null, e.linkReason());
                status = Status.AWAITING_ACKNOWLEDGEMENT;
                stages.add(new StageRecord(1));
            }
            case TriagedAsComplaint e -> status = Transitions.next(status, Intent.CONFIRM_AS_COMPLAINT);
            case TriagedAsServiceRequest e -> {
                status = Transitions.next(status, Intent.TRIAGE_AS_SERVICE_REQUEST);
                serviceRequest = true;
                serviceRequestReasons = e.reasons();
            }
            case ServiceRequestResolved e -> {
                status = Transitions.next(status, Intent.RESOLVE_SERVICE_REQUEST);
                serviceRequestResolvedOn = e.resolvedOn();
                closedOn = e.resolvedOn();
            }
            case ComplaintNotAccepted e -> {
                status = Transitions.next(status, Intent.REFUSE_TO_ACCEPT);
                current().refusal = new Refusal(e.ground(), e.reasons(), e.discretionConsidered(), e.decidedOn());
            }
            case StageAcknowledged e -> {
                status = Transitions.next(status, Intent.ACKNOWLEDGE);
                current().acknowledgedOn = e.acknowledgedOn();
                current().handler = e.handler();
                current().handlers.add(e.handler());
                current().definition = e.definition();
            }
            case HandlerAssigned e -> {
                status = Transitions.next(status, Intent.ASSIGN);
                current().handler = e.handler();
                current().handlers.add(e.handler());
            }
            case ResponseDeadlineExtended e -> {
                status = Transitions.next(status, Intent.EXTEND);
                current().extensions.add(e);
            }
            case AdditionalComplaintJoined e -> {
                status = Transitions.next(status, Intent.JOIN_ADDITIONAL_COMPLAINT);
                current().joined.add(e);
                if (current().definition != null) {
                    current().definition = current().definition.withPoint(e.description());
                }
            }
            case LinkedComplaintRaised e -> linked.add(new Link(e.linkedComplaintId(), e.linkedReference(), e.reason()));
            case StageResponded e -> {
                status = Transitions.next(status, Intent.RESPOND);
                current().response = e;
            }
            case EscalationRequested e -> {
                status = Transitions.next(status, Intent.REQUEST_ESCALATION);
                stage = e.toStage();
                StageRecord next = new StageRecord(stage);
                next.escalationRequestedOn = e.requestedOn();
                next.residentReason = e.residentReason();
                stages.add(next);
                closedOn = null;
            }
            case EscalationRefused e -> {
                status = Transitions.next(status, Intent.REFUSE_TO_ESCALATE);
                current().refusal = new Refusal(e.ground(), e.reasons(), e.discretionConsidered(), e.decidedOn());
            }
            case ComplaintClosed e -> {
                status = Transitions.next(status, Intent.CLOSE);
                closedOn = e.closedOn();
            }
            case NoteAdded e -> {
                // part of the full record; no change of state
            }
            case OutstandingActionCompleted e -> {
                status = Transitions.next(status, Intent.COMPLETE_OUTSTANDING_ACTION);
                stageRecord(e.stage()).completions.put(e.actionIndex(), e);
            }
            case RiskFlagsRecorded e -> {
                status = Transitions.next(status, Intent.RECORD_RISK_FLAGS);
                if (!riskFlags.containsAll(e.flags())) {
                    riskAddedSinceConsideration = true;
                }
                riskFlags = e.flags();
                riskNotes = e.notes();
            }
            case EarlyResolutionConsidered e -> {
                status = Transitions.next(status, Intent.CONSIDER_EARLY_RESOLUTION);
                earlyResolution = e;
                riskAddedSinceConsideration = false;
            }
            case LegalHoldPlaced e -> {
                status = Transitions.next(status, Intent.PLACE_LEGAL_HOLD);
                legalHold = true;
                legalHoldReason = e.reason();
            }
            case LegalHoldLifted e -> {
                status = Transitions.next(status, Intent.LIFT_LEGAL_HOLD);
                legalHold = false;
                legalHoldReason = null;
            }
            case Categorised e -> {
                status = Transitions.next(status, Intent.CATEGORISE);
                categories = e;
            }
            case PersonalDataAnonymised e -> {
                status = Transitions.next(status, Intent.ANONYMISE_PERSONAL_DATA);
                anonymisedOn = e.anonymisedOn();
            }
        }
    }

    private Status next(Intent intent) {
        if (anonymisedOn != null) {
            throw new IllegalTransition("Complaint " + reference + " was anonymised on " + anonymisedOn
                    + " under the retention policy; its record is closed for good.");
        }
        return Transitions.next(status, intent);
    }

    // ---------------------------------------------------------------- derived facts

    Deadlines deadlines(int forStage, WorkingDayCalendar calendar) {
        StageRecord record = stageRecord(forStage);
        if (record == null) {
            return null;
        }
        ComplaintScheme.StageRules rules = scheme.stage(forStage);
        LocalDate ackAnchor = anchor(rules.acknowledge().from(), record);
        LocalDate respondAnchor = anchor(rules.respond().from(), record);
        LocalDate acknowledgeBy = ackAnchor == null ? null : calendar.addWorkingDays(ackAnchor, rules.acknowledge().workingDays());
        LocalDate respondBy = respondAnchor == null ? null
                : calendar.addWorkingDays(respondAnchor, rules.respond().workingDays() + record.extendedBy());
        return new Deadlines(acknowledgeBy, respondBy, record.extendedBy());
    }

    private LocalDate anchor(ComplaintScheme.Anchor anchor, StageRecord record) {
        return switch (anchor) {
            case RECEIVED -> receivedOn;
            case ACKNOWLEDGED -> record.acknowledgedOn;
            case ESCALATION_REQUESTED -> record.escalationRequestedOn;
        };
    }

    Timeliness acknowledgementTimeliness(int forStage, LocalDate today, WorkingDayCalendar calendar) {
        StageRecord record = stageRecord(forStage);
        if (record == null) {
            return null;
        }
        LocalDate due = deadlines(forStage, calendar).acknowledgeBy();
        if (record.acknowledgedOn != null) {
            return record.acknowledgedOn.isAfter(due) ? Timeliness.MISSED : Timeliness.MET;
        }
        if (stageEndedWithoutIt(record)) {
            return null;
        }
        return today.isAfter(due) ? Timeliness.MISSED : Timeliness.PENDING;
    }

    Timeliness responseTimeliness(int forStage, LocalDate today, WorkingDayCalendar calendar) {
        StageRecord record = stageRecord(forStage);
        if (record == null) {
            return null;
        }
        LocalDate due = deadlines(forStage, calendar).respondBy();
        if (record.response != null) {
            return record.response.respondedOn().isAfter(due) ? Timeliness.MISSED : Timeliness.MET;
        }
        if (stageEndedWithoutIt(record)) {
            return null;
        }
        return due != null && today.isAfter(due) ? Timeliness.MISSED : Timeliness.PENDING;
    }

    private boolean stageEndedWithoutIt(StageRecord record) {
        return record.refusal != null || serviceRequest || (status == Status.CLOSED && record.stage == stage);
    }

    /** What the team must do next, and by when: the deadline a work queue sorts by. */
    NextStep nextStep(WorkingDayCalendar calendar) {
        Deadlines deadlines = deadlines(stage, calendar);
        return switch (status) {
            case AWAITING_ACKNOWLEDGEMENT -> new NextStep("ACKNOWLEDGE", deadlines.acknowledgeBy());
            case UNDER_INVESTIGATION -> new NextStep("RESPOND", deadlines.respondBy());
            default -> null;
        };
    }

    Set<Intent> allowedIntents() {
        return anonymisedOn != null ? Set.of() : Transitions.allowed(status);
    }

    /**
     * The queue priority: the weight of the most serious risk flag while the team still has work on the case (awaiting
     * acknowledgement, under investigation, or an open service request); 0 otherwise, so a finished case never sits
     * above open work.
     */
    int priority() {
        boolean live = status.open() || status == Status.SERVICE_REQUEST;
        return live ? RiskFlag.priorityOf(riskFlags) : 0;
    }

    /** 6.1: the case page asks whether it can be resolved early: flagged, at stage 1, not yet answered, not yet considered. */
    boolean earlyResolutionCheckDue() {
        return stage == 1 && status.open() && !riskFlags.isEmpty() && riskAddedSinceConsideration && anonymisedOn == null;
    }

    /**
     * When the case was finished, for the retention policy: closed (a resolved service request included), refused, or
     * answered and not taken further. Null while anything is left for the team to do.
     */
    LocalDate finishedOn() {
        return switch (status) {
            case CLOSED -> closedOn;
            case NOT_ACCEPTED, ESCALATION_REFUSED -> current().refusal.decidedOn();
            case RESPONDED -> current().response.respondedOn();
            case AWAITING_ACKNOWLEDGEMENT, UNDER_INVESTIGATION, SERVICE_REQUEST -> null;
        };
    }

    /** Everyone who has handled stage 1 (6.13 bars each of them from stage 2). */
    private java.util.Set<String> stage1Handlers() {
        return stages.getFirst().handlers;
    }

    private StageRecord current() {
        return stages.get(stage - 1);
    }

    StageRecord stageRecord(int forStage) {
        return forStage >= 1 && forStage <= stages.size() ? stages.get(forStage - 1) : null;
    }

    private void requireStage1(String what) {
        if (stage != 1) {
            throw new IllegalTransition(what + " applies to new cases at stage 1; this complaint is at stage " + stage + ".");
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", reason, "is required: say " + what);
        }
        if (reason.length() > 5_000) {
            throw new InvalidRequestException("reason", null, "must be 5000 characters or fewer");
        }
    }

    private static void requireDate(String field, LocalDate date, LocalDate earliest, LocalDate today) {
        if (date == null) {
            throw new InvalidRequestException(field, null, "is required");
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidRequestException(field, date.toString(), "cannot be before " + earliest);
        }
        if (date.isAfter(today)) {
            throw new InvalidRequestException(field, date.toString(), "cannot be in the future (today is " + today + ")");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    List<ComplaintEvent> pendingEvents() {
        return Collections.unmodifiableList(pending);
    }

    void markCommitted() {
        version += pending.size();
        pending.clear();
    }

    UUID id() { return id; }
    ComplaintScheme scheme() { return scheme; }
    String reference() { return reference; }
    Instant receivedAt() { return receivedAt; }
    LocalDate receivedOn() { return receivedOn; }
    Channel channel() { return channel; }
    Resident resident() { return resident; }
    Representative representative() { return representative; }
    String description() { return description; }
    LocalDate issueOccurredOn() { return issueOccurredOn; }
    ComplaintView.ResidentStatement residentStatement() { return residentStatement; }
    Link linkedFrom() { return linkedFrom; }
    List<Link> linked() { return Collections.unmodifiableList(linked); }
    Status status() { return status; }
    int stage() { return stage; }
    List<StageRecord> stages() { return Collections.unmodifiableList(stages); }
    boolean isServiceRequest() { return serviceRequest; }
    String serviceRequestReasons() { return serviceRequestReasons; }
    LocalDate serviceRequestResolvedOn() { return serviceRequestResolvedOn; }
    LocalDate closedOn() { return closedOn; }
    int version() { return version; }
    String handler() { return current().handler; }
    Set<RiskFlag> riskFlags() { return riskFlags; }
    String riskNotes() { return riskNotes; }
    EarlyResolutionConsidered earlyResolution() { return earlyResolution; }
    boolean legalHold() { return legalHold; }
    String legalHoldReason() { return legalHoldReason; }
    LocalDate anonymisedOn() { return anonymisedOn; }
    Categorised categories() { return categories; }
}

package org.putright.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything that can happen to a complaint. Each is appended to the complaint's record with who and when
 * (5.12) and published once the transaction commits, so letters, notifications and reports react without the
 * lifecycle calling them. Events are never changed: a correction is a new event.
 */
public sealed interface ComplaintEvent {

    UUID complaintId();

    /** Stored name of the event type; stable, as it is in the database. */
    default String type() {
        return getClass().getSimpleName();
    }

    record ComplaintReceived(UUID complaintId, String reference, String scheme, Instant receivedAt, LocalDate receivedOn,
            Channel channel, Resident resident, Representative representative, String description,
            LocalDate issueOccurredOn, UUID linkedFrom, String linkReason, String outcomeSought, String contactPreference,
            String supportNeeds) implements ComplaintEvent {
    }

    record TriagedAsComplaint(UUID complaintId, String notes) implements ComplaintEvent {
    }

    record TriagedAsServiceRequest(UUID complaintId, String reasons, boolean residentToldOfRightToComplain)
            implements ComplaintEvent {
    }

    record ServiceRequestResolved(UUID complaintId, LocalDate resolvedOn, String summary) implements ComplaintEvent {
    }

    record ComplaintNotAccepted(UUID complaintId, String ground, String reasons, String discretionConsidered,
            LocalDate decidedOn, boolean ombudsmanSignposted) implements ComplaintEvent {
    }

    record StageAcknowledged(UUID complaintId, int stage, LocalDate acknowledgedOn, String handler, Definition definition)
            implements ComplaintEvent {
    }

    record HandlerAssigned(UUID complaintId, int stage, String handler, String previousHandler) implements ComplaintEvent {
    }

    /** {@code updateEveryWorkingDays}: how often the resident agreed to be kept informed meanwhile (5.9); null before it was recorded. */
    record ResponseDeadlineExtended(UUID complaintId, int stage, int workingDays, String reason, LocalDate residentInformedOn,
            String goodReason, LocalDate newRespondBy, Integer updateEveryWorkingDays) implements ComplaintEvent {
    }

    record AdditionalComplaintJoined(UUID complaintId, int stage, Instant receivedAt, String description)
            implements ComplaintEvent {
    }

    record LinkedComplaintRaised(UUID complaintId, UUID linkedComplaintId, String linkedReference, String reason)
            implements ComplaintEvent {
    }

    /**
     * The stage's response, as put in writing: with the handler's statement when no remedy is offered, their
     * confirmation when nothing is outstanding, and the escalation route the letter gives (6.9 / 6.19).
     */
    record StageResponded(UUID complaintId, int stage, LocalDate respondedOn, Decision decision, String reasons,
            List<PointDecision> points, List<Remedy> remedies, List<OutstandingAction> outstandingActions,
            String noRemedyReason, boolean noOutstandingActions, String escalationRoute)
            implements ComplaintEvent {
    }

    record EscalationRequested(UUID complaintId, int toStage, LocalDate requestedOn, String residentReason)
            implements ComplaintEvent {
    }

    record EscalationRefused(UUID complaintId, int stage, String ground, String reasons, String discretionConsidered,
            LocalDate decidedOn, boolean ombudsmanSignposted) implements ComplaintEvent {
    }

    record ComplaintClosed(UUID complaintId, LocalDate closedOn, String reason) implements ComplaintEvent {
    }

    record NoteAdded(UUID complaintId, String text) implements ComplaintEvent {
    }

    /** An outstanding action promised in a stage's response was done (6.6, 6.17); {@code actionIndex} is its place in that response. */
    record OutstandingActionCompleted(UUID complaintId, int stage, int actionIndex, String description, LocalDate completedOn,
            String evidence) implements ComplaintEvent {
    }

    /**
     * The risks to the resident now known (2024 Code 6.1): the full current set, so removing a flag is a new event with
     * the smaller set. {@code notes} say what staff learned (optional).
     */
    record RiskFlagsRecorded(UUID complaintId, Set<RiskFlag> flags, String notes) implements ComplaintEvent {

        public RiskFlagsRecorded {
            flags = sorted(flags);
        }
    }

    /** 6.1: whether a complaint from a resident who is vulnerable or at risk can be resolved early, and why. */
    record EarlyResolutionConsidered(UUID complaintId, boolean canResolveEarly, String notes) implements ComplaintEvent {
    }

    /**
     * What the complaint is about, why it went wrong and who was involved, as codes from the landlord's category lists
     * (9.4: themes and trends). The full current set: re-filing it is a new event; a null member means not recorded.
     */
    record Categorised(UUID complaintId, String serviceArea, String cause, String team) implements ComplaintEvent {
    }

    /** The record must be kept whatever the retention policy says (litigation, an Ombudsman or regulator inquiry). */
    record LegalHoldPlaced(UUID complaintId, String reason) implements ComplaintEvent {
    }

    record LegalHoldLifted(UUID complaintId, String reason) implements ComplaintEvent {
    }

    /**
     * The complaint's personal data was removed under the retention policy (UK GDPR storage limitation): the earlier
     * events now hold redacted copies, with every date, stage, decision and amount kept. Other modules scrub their own
     * copies when they hear this. {@code closedOn} is the date the case was finished (closed, refused or answered).
     */
    record PersonalDataAnonymised(UUID complaintId, String policy, LocalDate closedOn, LocalDate anonymisedOn)
            implements ComplaintEvent {

        /** What replaces free text once personal data is removed, in this module and in the modules that listen. */
        public static final String REMOVED = "[removed under the retention policy]";
    }

    /** The envelope: the event with its place in the record, who did it and when. */
    record Recorded(UUID complaintId, int sequence, Instant occurredAt, String actor, ComplaintEvent event) {
    }

    /** Stored type names to classes, from the sealed hierarchy itself so nothing can be forgotten. */
    static Map<String, Class<? extends ComplaintEvent>> types() {
        return Types.BY_NAME;
    }

    private static Set<RiskFlag> sorted(Collection<RiskFlag> flags) {
        EnumSet<RiskFlag> set = EnumSet.noneOf(RiskFlag.class);
        if (flags != null) {
            flags.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    final class Types {

        @SuppressWarnings("unchecked")
        private static final Map<String, Class<? extends ComplaintEvent>> BY_NAME = Stream
                .of(ComplaintEvent.class.getPermittedSubclasses())
                .map(c -> (Class<? extends ComplaintEvent>) c)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

        private Types() {
        }
    }
}

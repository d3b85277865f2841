package org.putright.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A complaint as the API and other modules see it: its record, with the deadlines and timeliness derived from it. */
public record ComplaintView(UUID id, String reference, String kind, int stage, Status status, String scheme, Instant receivedAt,
        LocalDate receivedOn, Channel channel, Resident resident, Representative representative, String description,
        LocalDate issueOccurredOn, ResidentStatement residentStatement, String handler, Definition definition, Deadlines deadlines, DeadlineStatus deadlineStatus,
        TimelinessView timeliness, List<StageView> stages, List<LinkView> links, ServiceRequestView serviceRequest,
        LocalDate closedOn, Set<Intent> allowedActions, List<HistoryEntry> history, int priority, List<RiskFlag> riskFlags,
        String riskNotes, EarlyResolutionView earlyResolution, LegalHoldView legalHold, LocalDate anonymisedOn,
        CategoriesView categories) {

    /** 9.4: the codes the complaint is filed under (each null until recorded); labels from {@link ComplaintCategories}. */
    public record CategoriesView(String serviceArea, String cause, String team) {
    }

    /**
     * 6.1: {@code checkDue} while the case page should ask whether this flagged stage 1 complaint can be resolved early;
     * the last consideration recorded, if any (null members otherwise).
     */
    public record EarlyResolutionView(boolean checkDue, Boolean canResolveEarly, String notes, Instant consideredAt,
            String consideredBy) {
    }

    /** Whether the record is held whatever the retention policy says, why, since when and by whom. */
    public record LegalHoldView(boolean held, String reason, Instant since, String placedBy) {
    }

    /** What the resident told us at intake besides their complaint: what would put it right, how to contact them, support needed. */
    public record ResidentStatement(String outcomeSought, String contactPreference, String supportNeeds) {
    }

    public record Deadlines(LocalDate acknowledgeBy, LocalDate respondBy, int extendedByWorkingDays) {
    }

    /** For work queues: the next step, when it is due, working days left and DUE / DUE_SOON / OVERDUE. */
    public record DeadlineStatus(String step, LocalDate dueOn, int workingDaysLeft, String status) {
    }

    public record TimelinessView(Timeliness stage1Acknowledgement, Timeliness stage1Response, Timeliness stage2Acknowledgement,
            Timeliness stage2Response) {
    }

    public record StageView(int stage, LocalDate escalationRequestedOn, String residentReason, LocalDate acknowledgedOn,
            String handler, Definition definition, Deadlines deadlines, List<ExtensionView> extensions,
            List<AdditionalComplaintView> additionalComplaints, ResponseView response, RefusalView refusal) {
    }

    public record ExtensionView(int workingDays, String reason, LocalDate residentInformedOn, String goodReason,
            LocalDate newRespondBy, Integer updateEveryWorkingDays) {
    }

    public record AdditionalComplaintView(Instant receivedAt, String description) {
    }

    public record ResponseView(LocalDate respondedOn, Decision decision, String reasons, List<PointDecision> points,
            List<Remedy> remedies, String noRemedyReason, List<OutstandingActionView> outstandingActions,
            boolean noOutstandingActions, String escalationRoute) {
    }

    /**
     * An action promised in a response, tracked to completion (6.6, 6.17): {@code index} is its place in the response,
     * {@code completedOn} and {@code evidence} are null until it is done; overdue when due before today and not done.
     */
    public record OutstandingActionView(int index, String description, LocalDate dueOn, String owner, LocalDate completedOn,
            String evidence, boolean overdue) {
    }

    public record RefusalView(String ground, String reasons, String discretionConsidered, LocalDate decidedOn,
            boolean ombudsmanSignposted) {
    }

    public record LinkView(UUID complaintId, String reference, String relation, String reason) {
    }

    public record ServiceRequestView(String reasons, LocalDate resolvedOn) {
    }

    /** One entry of the full record: what happened, who did it, when. */
    public record HistoryEntry(int sequence, String type, Instant occurredAt, String actor, ComplaintEvent details) {
    }
}

package org.putright.complaints.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintEvent.AdditionalComplaintJoined;
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
import org.putright.complaints.ComplaintView.DeadlineStatus;
import org.putright.complaints.RiskFlag;
import org.putright.complaints.Status;
import org.putright.complaints.Timeliness;

/** Plain words for the pages: labels for codes, tag colours, dates in Europe/London, and what each event means. */
public final class Words {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    /** A code such as IN_PERSON as words: "In person". */
    public String label(Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        return switch (name) {
            case "MP" -> "MP";
            case "UPHELD" -> "Upheld";
            case "PARTLY_UPHELD" -> "Partly upheld";
            case "NOT_UPHELD" -> "Not upheld";
            case "AWAITING_ACKNOWLEDGEMENT" -> "Awaiting acknowledgement";
            case "ACKNOWLEDGE" -> "Acknowledge";
            case "RESPOND" -> "Send the response";
            default -> {
                String words = name.replace('_', ' ').toLowerCase(Locale.UK);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    public String statusTag(Status status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case AWAITING_ACKNOWLEDGEMENT -> "govuk-tag--light-blue";
            case UNDER_INVESTIGATION -> "govuk-tag--blue";
            case RESPONDED -> "govuk-tag--green";
            case ESCALATION_REFUSED -> "govuk-tag--orange";
            case CLOSED -> "govuk-tag--grey";
            case NOT_ACCEPTED -> "govuk-tag--pink";
            case SERVICE_REQUEST -> "govuk-tag--purple";
        };
    }

    public String deadlineTag(DeadlineStatus status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status.status()) {
            case "OVERDUE" -> "govuk-tag--red";
            case "DUE_SOON" -> "govuk-tag--yellow";
            default -> "govuk-tag--blue";
        };
    }

    public String deadlineLabel(DeadlineStatus status) {
        return status == null ? "" : switch (status.status()) {
            case "OVERDUE" -> "Overdue";
            case "DUE_SOON" -> "Due soon";
            default -> "Due";
        };
    }

    /** "3 working days left", "Due today", "2 working days overdue". */
    public String daysLeft(DeadlineStatus status) {
        if (status == null) {
            return "";
        }
        int left = status.workingDaysLeft();
        if (left > 0) {
            return left + (left == 1 ? " working day left" : " working days left");
        }
        if (left < 0) {
            return -left + (left == -1 ? " working day overdue" : " working days overdue");
        }
        return "OVERDUE".equals(status.status()) ? "Overdue" : "Due today";
    }

    public String timelinessTag(Timeliness timeliness) {
        if (timeliness == null) {
            return "govuk-tag--grey";
        }
        return switch (timeliness) {
            case MET -> "govuk-tag--green";
            case MISSED -> "govuk-tag--red";
            case PENDING -> "govuk-tag--grey";
        };
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String when(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** What an event means, in plain words. */
    public String event(ComplaintEvent event, java.util.Map<String, String> names) {
        java.util.function.Function<String, String> name = u -> u == null ? "" : names.getOrDefault(u, u);
        return switch (event) {
            case ComplaintReceived e -> "Complaint received by " + label(e.channel()).toLowerCase(Locale.UK)
                    + (e.linkReason() == null ? "" : ". " + e.linkReason());
            case TriagedAsComplaint e -> "Confirmed as a complaint" + suffix(e.notes());
            case TriagedAsServiceRequest e -> "Treated as a service request"
                    + (e.residentToldOfRightToComplain() ? " (the resident was told they can still complain)" : "") + suffix(e.reasons());
            case ServiceRequestResolved e -> "Service request resolved on " + date(e.resolvedOn()) + suffix(e.summary());
            case ComplaintNotAccepted e -> "Complaint not accepted on " + date(e.decidedOn()) + " (ground: " + label(e.ground()) + ")"
                    + suffix(e.reasons());
            case StageAcknowledged e -> "Stage " + e.stage() + " acknowledged on " + date(e.acknowledgedOn()) + "; handled by " + name.apply(e.handler());
            case HandlerAssigned e -> "Stage " + e.stage() + " assigned to " + name.apply(e.handler())
                    + (e.previousHandler() == null ? "" : " (previously " + name.apply(e.previousHandler()) + ")");
            case ResponseDeadlineExtended e -> "Stage " + e.stage() + " response deadline extended by " + e.workingDays()
                    + " working days to " + date(e.newRespondBy()) + suffix(e.reason());
            case AdditionalComplaintJoined e -> "Additional complaint added to stage " + e.stage() + suffix(e.description());
            case LinkedComplaintRaised e -> "Linked complaint " + e.linkedReference() + " raised" + suffix(e.reason());
            case StageResponded e -> "Stage " + e.stage() + " response sent on " + date(e.respondedOn()) + ": " + label(e.decision()).toLowerCase(Locale.UK);
            case EscalationRequested e -> "Resident asked on " + date(e.requestedOn()) + " for stage " + e.toStage() + suffix(e.residentReason());
            case EscalationRefused e -> "Escalation refused on " + date(e.decidedOn()) + " (ground: " + label(e.ground()) + ")" + suffix(e.reasons());
            case ComplaintClosed e -> "Closed on " + date(e.closedOn()) + suffix(e.reason());
            case NoteAdded e -> "Note: " + e.text();
            case OutstandingActionCompleted e -> "Stage " + e.stage() + " outstanding action completed on " + date(e.completedOn())
                    + suffix(e.description()) + suffix(e.evidence());
            case RiskFlagsRecorded e -> (e.flags().isEmpty() ? "Risk and vulnerability flags removed"
                    : "Risk and vulnerability flags recorded: " + flagLabels(e.flags())) + suffix(e.notes());
            case EarlyResolutionConsidered e -> "Early resolution considered (6.1): "
                    + (e.canResolveEarly() ? "it can be resolved early" : "it needs a full investigation") + suffix(e.notes());
            case LegalHoldPlaced e -> "Legal hold placed: the record is kept whatever the retention policy says" + suffix(e.reason());
            case LegalHoldLifted e -> "Legal hold lifted" + suffix(e.reason());
            case ComplaintEvent.Categorised e -> "Categorised: service area " + category(e.serviceArea()) + "; cause " + category(e.cause()) + "; team "
                    + category(e.team());
            case PersonalDataAnonymised e -> "Personal data anonymised on " + date(e.anonymisedOn()) + " (the case was finished on "
                    + date(e.closedOn()) + "). " + e.policy();
        };
    }

    private String category(String code) {
        return code == null ? "not recorded" : label(code).toLowerCase(Locale.UK);
    }

    /** The flags' words, most serious first, for tags and the timeline. */
    public String flagLabels(java.util.Collection<RiskFlag> flags) {
        return flags == null ? "" : flags.stream().sorted(java.util.Comparator.comparingInt(RiskFlag::weight).reversed()
                .thenComparing(Enum::ordinal)).map(RiskFlag::label).collect(java.util.stream.Collectors.joining("; "));
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : ". " + text;
    }
}

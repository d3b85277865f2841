package org.putright.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.putright.complaints.Status;

/** How this module's pages and case-page sections say things: dates the GOV.UK way, statuses and codes as words. */
public class ResidentWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    public String status(Status status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case AWAITING_ACKNOWLEDGEMENT -> "Awaiting acknowledgement";
            case UNDER_INVESTIGATION -> "Under investigation";
            case RESPONDED -> "Responded";
            case ESCALATION_REFUSED -> "Escalation refused";
            case CLOSED -> "Closed";
            case NOT_ACCEPTED -> "Not accepted";
            case SERVICE_REQUEST -> "Open service request";
        };
    }

    public String statusTag(Status status) {
        return status != null && status.open() ? "govuk-tag--blue" : "govuk-tag--grey";
    }

    public String kind(String kind) {
        return "SERVICE_REQUEST".equals(kind) ? "Service request" : "Complaint";
    }

    /** EMAIL → "Email", SMS → "Text message". */
    public String contact(ResidentRecord.PreferredContact contact) {
        if (contact == null) {
            return "Not known";
        }
        return switch (contact) {
            case EMAIL -> "Email";
            case PHONE -> "Phone";
            case SMS -> "Text message";
            case POST -> "Post";
        };
    }

    /** A field name as staff would say it: "address.postcode" → "Postcode". */
    public String field(String field) {
        return switch (field) {
            case "name" -> "Name";
            case "tenancyReference" -> "Tenancy reference";
            case "propertyReference" -> "Property reference";
            case "address.line1" -> "Address line 1";
            case "address.line2" -> "Address line 2";
            case "address.town" -> "Town";
            case "address.postcode" -> "Postcode";
            case "email" -> "Email";
            case "phone" -> "Phone";
            case "preferredContact" -> "Preferred contact";
            case "household" -> "Household";
            default -> field;
        };
    }

    /** "ResidentMergedInto" → "Resident merged into". */
    public String event(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String words = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String orNone(String text) {
        return text == null || text.isBlank() ? "Not known" : text;
    }
}

package org.putright.ombudsman;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How this module's pages say things: dates the GOV.UK way, enum names as words, tag colours. */
public class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** SEVERE_MALADMINISTRATION → "Severe maladministration"; the CHFO spelled out. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String tag(Enum<?> value) {
        if (value == null) {
            return "govuk-tag--grey";
        }
        return switch (value.name()) {
            case "OVERDUE", "SEVERE_MALADMINISTRATION" -> "govuk-tag--red";
            case "MALADMINISTRATION" -> "govuk-tag--orange";
            case "SERVICE_FAILURE", "INVESTIGATING", "REMINDER" -> "govuk-tag--yellow";
            case "COMPLIED", "NO_MALADMINISTRATION" -> "govuk-tag--green";
            case "REASONABLE_REDRESS", "DETERMINED" -> "govuk-tag--turquoise";
            case "CLOSED", "OUTSIDE_JURISDICTION" -> "govuk-tag--grey";
            default -> "govuk-tag--blue";
        };
    }

    /** 2025 → "2025/26": the reporting year from 1 April. */
    public String reportingYear(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}

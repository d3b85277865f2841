package org.putright.selfassessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the self-assessment pages say things: dates the GOV.UK way, answers and reasons in words, tag colours. */
class PageWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    public String comply(SelfAssessments.Comply comply) {
        return SelfAssessmentExports.comply(comply);
    }

    public String reason(SelfAssessments.Reason reason) {
        return SelfAssessmentExports.reason(reason);
    }

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
            case "YES", "COMPLETE" -> "govuk-tag--green";
            case "PARTLY", "IN_PROGRESS" -> "govuk-tag--yellow";
            case "NO" -> "govuk-tag--red";
            case "NOT_APPLICABLE" -> "govuk-tag--grey";
            default -> "govuk-tag--blue";
        };
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "no cases" : percent.toPlainString() + "%";
    }

    public String action(SelfAssessments.Action action) {
        return SelfAssessmentExports.action(action);
    }
}

package org.putright.remedies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How this module's pages say things: money in pounds, dates the GOV.UK way, enum names as words. */
public class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** IN_PROGRESS → "In progress". */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String tag(String status) {
        return RemediesPages.tagClass(status);
    }
}

package org.putright.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form on the adjustments, disclosures or restrictions pages: what was typed (shown again as typed) and what was
 * wrong, by field id, for the GOV.UK error summary. {@code prefix} keeps the ids of several forms on a page apart.
 */
public class CareForm {

    /** A GOV.UK date input's three boxes, kept as typed. */
    public record DateParts(String day, String month, String year) {

        public String getDay() {
            return day;
        }

        public String getMonth() {
            return month;
        }

        public String getYear() {
            return year;
        }

        static DateParts of(LocalDate date) {
            return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
        }

        boolean blank() {
            return day.isBlank() && month.isBlank() && year.isBlank();
        }

        /** The date, or null when it is not a real one. */
        LocalDate toDate() {
            try {
                int y = Integer.parseInt(year.strip());
                return y < 1900 || y > 9999 ? null : LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            }
            catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
    }

    private final String prefix;
    private final MultiValueMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    CareForm(String prefix, MultiValueMap<String, String> values) {
        this.prefix = prefix;
        this.values = values == null ? new LinkedMultiValueMap<>() : values;
    }

    static CareForm empty(String prefix) {
        return new CareForm(prefix, new LinkedMultiValueMap<>());
    }

    /** A blank form with these starting values (dates as LocalDate, the rest as text). */
    static CareForm withDefaults(String prefix, Map<String, Object> defaults) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        defaults.forEach((name, value) -> {
            if (value instanceof LocalDate date) {
                values.add(name + ".day", String.valueOf(date.getDayOfMonth()));
                values.add(name + ".month", String.valueOf(date.getMonthValue()));
                values.add(name + ".year", String.valueOf(date.getYear()));
            }
            else if (value != null) {
                values.add(name, value.toString());
            }
        });
        return new CareForm(prefix, values);
    }

    public String id(String name) {
        return prefix + name;
    }

    public String value(String name) {
        return values.getFirst(name);
    }

    public List<String> values(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all;
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    public DateParts date(String name) {
        return new DateParts(nonNull(values.getFirst(name + ".day")), nonNull(values.getFirst(name + ".month")),
                nonNull(values.getFirst(name + ".year")));
    }

    /** The error for field {@code name} of this form. */
    public String error(String name) {
        return errors.get(id(name));
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String name, String message) {
        errors.putIfAbsent(id(name), message);
    }

    /** The typed text, trimmed; null when blank. */
    String text(String name) {
        return Adjustments.trimmed(value(name));
    }

    /** The typed date; an error when it is not a real date, or when it is blank and {@code whenBlank} is given. */
    LocalDate date(String name, String label, String whenBlank) {
        DateParts parts = date(name);
        if (parts.blank()) {
            if (whenBlank != null) {
                reject(name, whenBlank);
            }
            return null;
        }
        LocalDate date = parts.toDate();
        if (date == null) {
            reject(name, label + " must be a real date");
        }
        return date;
    }

    void require(String name, String message) {
        if (text(name) == null) {
            reject(name, message);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

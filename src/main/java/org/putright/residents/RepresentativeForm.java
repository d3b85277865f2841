package org.putright.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a representatives page form was given and what was wrong with it, so the page shows both again (GOV.UK pattern). */
public class RepresentativeForm {

    private final String id;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    RepresentativeForm(String id, Map<String, String> values) {
        this.id = id;
        this.values = values == null ? Map.of() : values;
    }

    public String getId() {
        return id;
    }

    public String value(String name) {
        return values.get(name);
    }

    public boolean is(String name, String option) {
        return option != null && option.equals(values.get(name));
    }

    public DateParts date(String name) {
        return new DateParts(values.get(name + ".day"), values.get(name + ".month"), values.get(name + ".year"));
    }

    /** The error for a field of this form, by its field name (the element id is {@code formId-field}). */
    public String error(String field) {
        return errors.get(id + "-" + field);
    }

    public Map<String, String> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String field, String message) {
        errors.putIfAbsent(id + "-" + field, message);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String message, boolean required) {
        String given = values.get(field);
        if (given == null || given.isBlank()) {
            if (required) {
                reject(field, message);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            reject(field, message);
            return null;
        }
    }

    LocalDate date(String field, String label, boolean required) {
        DateParts parts = date(field);
        if (parts.isBlank()) {
            if (required) {
                reject(field, "Enter " + label);
            }
            return null;
        }
        LocalDate date = parts.toDate();
        if (date == null) {
            reject(field, label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + " must be a real date");
        }
        return date;
    }

    /** A date typed into the GOV.UK date input, kept as typed. */
    public static class DateParts {

        private final String day;
        private final String month;
        private final String year;

        DateParts(String day, String month, String year) {
            this.day = day == null ? "" : day.strip();
            this.month = month == null ? "" : month.strip();
            this.year = year == null ? "" : year.strip();
        }

        public String getDay() {
            return day;
        }

        public String getMonth() {
            return month;
        }

        public String getYear() {
            return year;
        }

        boolean isBlank() {
            return day.isEmpty() && month.isEmpty() && year.isEmpty();
        }

        LocalDate toDate() {
            try {
                int y = Integer.parseInt(year);
                return y < 1900 || y > 9999 ? null : LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            }
            catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
    }
}

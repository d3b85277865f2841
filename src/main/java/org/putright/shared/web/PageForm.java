package org.putright.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a page form was given and what was wrong with it, so the page shows both again (the GOV.UK error pattern). */
public class PageForm {

    /** A date typed into the GOV.UK date input, kept as typed. */
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

        public boolean blank() {
            return day.isEmpty() && month.isEmpty() && year.isEmpty();
        }

        /** The date, or null when it is not a real date. */
        public LocalDate toDate() {
            try {
                int y = Integer.parseInt(year);
                if (y < 1900 || y > 9999) {
                    return null;
                }
                return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            }
            catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
    }

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public PageForm(Map<String, String> values) {
        this.values = values == null ? Map.of() : values;
    }

    public static PageForm empty() {
        return new PageForm(Map.of());
    }

    public String value(String name) {
        return values.get(name);
    }

    public String text(String name) {
        String value = values.get(name);
        return value == null ? "" : value.trim();
    }

    public DateParts date(String name) {
        return new DateParts(text(name + ".day"), text(name + ".month"), text(name + ".year"));
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String error(String fieldId) {
        return errors.get(fieldId);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void reject(String fieldId, String message) {
        errors.putIfAbsent(fieldId, message);
    }

    /**
     * The date typed as {@code name}, or null: when it is blank and {@code required}, or not a real date, the error is
     * recorded against {@code fieldId}.
     */
    public LocalDate date(String name, String fieldId, boolean required, String what) {
        DateParts parts = date(name);
        if (parts.blank()) {
            if (required) {
                reject(fieldId, "Enter " + what);
            }
            return null;
        }
        LocalDate date = parts.toDate();
        if (date == null) {
            reject(fieldId, capitalise(what) + " must be a real date");
        }
        return date;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

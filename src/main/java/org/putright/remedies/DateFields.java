package org.putright.remedies;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** A date typed into the GOV.UK date input, kept as text so what was typed is shown again. */
public class DateFields {

    private final String day;
    private final String month;
    private final String year;

    DateFields(String day, String month, String year) {
        this.day = day == null ? "" : day.trim();
        this.month = month == null ? "" : month.trim();
        this.year = year == null ? "" : year.trim();
    }

    static DateFields from(Map<String, String> form, String name) {
        return new DateFields(form.get(name + ".day"), form.get(name + ".month"), form.get(name + ".year"));
    }

    static DateFields of(LocalDate date) {
        return new DateFields(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
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

    /** The date, or null when it is not a real date. */
    LocalDate toDate() {
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

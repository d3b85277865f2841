package org.putright.complaints.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date as typed into the GOV.UK date input: day, month and year kept as text so what was typed is shown again. */
public class DateParts {

    private String day = "";
    private String month = "";
    private String year = "";

    public DateParts() {
    }

    static DateParts of(LocalDate date) {
        DateParts parts = new DateParts();
        parts.day = String.valueOf(date.getDayOfMonth());
        parts.month = String.valueOf(date.getMonthValue());
        parts.year = String.valueOf(date.getYear());
        return parts;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or null when it is not a real date. */
    LocalDate toDate() {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 9999) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        }
        catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}

package org.putright.frontdoor;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What the person has typed so far, kept in their HTTP session between question pages so nothing is lost. Text is
 * kept exactly as typed: never trimmed or changed.
 */
public class Answers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "frontdoor.answers";

    public String who; // "resident" or "someone-else"
    public String representativeName;
    public String relationship;
    public boolean consent;
    public String residentName;
    public String tenancyReference;
    public String postcode;
    public String description;
    public String day;
    public String month;
    public String year;
    public boolean notSure;
    public boolean whenAnswered;
    public String outcomeSought;
    public String contactMethod; // email, phone, letter
    public boolean contactAnswered;
    public String email;
    public String phone;
    public String address;
    public String supportNeeds;
    public boolean supportAnswered;

    public boolean actingForSomeone() {
        return "someone-else".equals(who);
    }

    /** The first question still to answer, or null when every question has been answered. */
    public String firstUnanswered() {
        if (who == null) {
            return "";
        }
        if (actingForSomeone() && (blank(representativeName) || relationship == null || !consent)) {
            return "/representative";
        }
        if (blank(residentName) || blank(postcode) || !MakeAComplaint.POSTCODE.matcher(postcode.strip()).matches()) {
            return "/resident";
        }
        if (blank(description)) {
            return "/what-happened";
        }
        if (!whenAnswered) {
            return "/when";
        }
        if (blank(outcomeSought)) {
            return "/put-it-right";
        }
        if (!contactAnswered) {
            return "/contact";
        }
        if (!supportAnswered) {
            return "/support";
        }
        return null;
    }

    public LocalDate issueOccurredOn() {
        if (notSure || blank(day) && blank(month) && blank(year)) {
            return null;
        }
        return date(day, month, year);
    }

    static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        }
        catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

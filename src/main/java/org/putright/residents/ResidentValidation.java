package org.putright.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.putright.residents.ResidentRecord.PreferredContact;

/**
 * Checks resident details before they are stored, the same way for the API, the CSV import and the staff pages; every
 * problem found, not just the first, so an import report can list them all.
 */
final class ResidentValidation {

    /** One problem: the field (or CSV column) and what is wrong with it, in words staff can act on. */
    record Problem(String field, Object value, String message) {
    }

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    // a UK postcode: outward code (area, district) and inward code; spaces and case are normalised afterwards
    static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,40}$");

    private ResidentValidation() {
    }

    static List<Problem> tenancyReference(String tenancyReference) {
        List<Problem> problems = new ArrayList<>();
        if (tenancyReference == null || tenancyReference.isBlank()) {
            problems.add(new Problem("tenancyReference", tenancyReference, "Enter the tenancy reference"));
        }
        else if (tenancyReference.strip().length() > 64) {
            problems.add(new Problem("tenancyReference", tenancyReference, "must be 64 characters or fewer"));
        }
        return problems;
    }

    /**
     * @param nameRequired a new record needs a name; an update may leave it out
     */
    static List<Problem> check(ResidentDetails d, boolean nameRequired) {
        List<Problem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            if (nameRequired) {
                problems.add(new Problem("name", d.name(), "Enter the resident's name"));
            }
        }
        else {
            max(problems, "name", d.name(), 200);
        }
        max(problems, "propertyReference", d.propertyReference(), 64);
        PostalAddress a = d.address();
        if (a != null) {
            max(problems, "address.line1", a.line1(), 200);
            max(problems, "address.line2", a.line2(), 200);
            max(problems, "address.town", a.town(), 100);
            if (!blank(a.postcode()) && !POSTCODE.matcher(a.postcode().strip().toUpperCase(Locale.ROOT)).matches()) {
                problems.add(new Problem("address.postcode", a.postcode(), "Enter a real postcode, like SW1A 1AA"));
            }
        }
        if (!blank(d.email())) {
            if (d.email().strip().length() > 320 || !EMAIL.matcher(d.email().strip()).matches()) {
                problems.add(new Problem("email", d.email(), "Enter an email address in the correct format, like name@example.com"));
            }
        }
        if (!blank(d.phone()) && !PHONE.matcher(d.phone().strip()).matches()) {
            problems.add(new Problem("phone", d.phone(), "Enter a phone number, like 01632 960 001 or +44 7700 900 982"));
        }
        if (!blank(d.preferredContact()) && preferredContact(d.preferredContact()) == null) {
            problems.add(new Problem("preferredContact", d.preferredContact(), "must be one of EMAIL, PHONE, SMS or POST"));
        }
        if (d.household() != null) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
            for (int i = 0; i < d.household().size(); i++) {
                HouseholdMember m = d.household().get(i);
                String field = "household[" + i + "]";
                if (m == null || blank(m.name())) {
                    problems.add(new Problem(field + ".name", m == null ? null : m.name(), "Enter the household member's name"));
                    continue;
                }
                max(problems, field + ".name", m.name(), 200);
                max(problems, field + ".relationship", m.relationship(), 50);
                if (m.dateOfBirth() != null && m.dateOfBirth().isAfter(today)) {
                    problems.add(new Problem(field + ".dateOfBirth", m.dateOfBirth(), "cannot be in the future"));
                }
            }
            if (d.household().size() > 30) {
                problems.add(new Problem("household", d.household().size(), "can list at most 30 people"));
            }
        }
        return problems;
    }

    static PreferredContact preferredContact(String given) {
        if (blank(given)) {
            return null;
        }
        try {
            return PreferredContact.valueOf(given.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "sw1a1aa" → "SW1A 1AA": the inward code is always the last three characters. */
    static String normalisePostcode(String postcode) {
        if (blank(postcode)) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    /** The outward code ("SW1A" of "SW1A 1AA"): what is kept of a postcode once the personal data is removed. */
    static String outwardCode(String postcode) {
        String normalised = normalisePostcode(postcode);
        if (normalised == null) {
            return null;
        }
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    private static void max(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, value, "must be " + max + " characters or fewer"));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.putright.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Compares two versions of a resident record field by field: what the audit trail and the import report show. */
final class ResidentChanges {

    private ResidentChanges() {
    }

    /** Every field that differs; {@code before} may be null (a new record: every filled field is a change from nothing). */
    static List<FieldChange> between(ResidentRecord before, ResidentRecord after) {
        List<FieldChange> changes = new ArrayList<>();
        PostalAddress a = before == null || before.address() == null ? new PostalAddress(null, null, null, null) : before.address();
        PostalAddress b = after.address() == null ? new PostalAddress(null, null, null, null) : after.address();
        add(changes, "name", before == null ? null : before.name(), after.name());
        add(changes, "tenancyReference", before == null ? null : before.tenancyReference(), after.tenancyReference());
        add(changes, "propertyReference", before == null ? null : before.propertyReference(), after.propertyReference());
        add(changes, "address.line1", a.line1(), b.line1());
        add(changes, "address.line2", a.line2(), b.line2());
        add(changes, "address.town", a.town(), b.town());
        add(changes, "address.postcode", a.postcode(), b.postcode());
        add(changes, "email", before == null ? null : before.email(), after.email());
        add(changes, "phone", before == null ? null : before.phone(), after.phone());
        add(changes, "preferredContact", before == null || before.preferredContact() == null ? null : before.preferredContact().name(),
                after.preferredContact() == null ? null : after.preferredContact().name());
        add(changes, "household", before == null ? null : household(before.household()), household(after.household()));
        return changes;
    }

    /** The household as the CSV import writes it: "Name (relationship, yyyy-mm-dd); ...". */
    static String household(List<HouseholdMember> members) {
        if (members == null || members.isEmpty()) {
            return null;
        }
        return members.stream().map(m -> {
            List<String> inBrackets = new ArrayList<>();
            if (m.relationship() != null && !m.relationship().isBlank()) {
                inBrackets.add(m.relationship());
            }
            if (m.dateOfBirth() != null) {
                inBrackets.add(m.dateOfBirth().toString());
            }
            return inBrackets.isEmpty() ? m.name() : m.name() + " (" + String.join(", ", inBrackets) + ")";
        }).collect(Collectors.joining("; "));
    }

    private static void add(List<FieldChange> changes, String field, String from, String to) {
        String f = ResidentStore.blankToNull(from);
        String t = ResidentStore.blankToNull(to);
        if (!Objects.equals(f, t)) {
            changes.add(new FieldChange(field, f, t));
        }
    }
}

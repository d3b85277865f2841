package org.putright.complaints;

import java.time.LocalDate;

/**
 * How long a finished complaint keeps its personal data (UK GDPR storage limitation): {@code yearsAfterClosure} years
 * after it was closed, refused or answered, unless it is under a legal hold. What is removed and what is kept is
 * decided in {@code ComplaintStore}'s redaction; see docs/decisions/0013-retention-anonymisation.md.
 */
public record RetentionPolicy(int yearsAfterClosure) {

    public RetentionPolicy {
        if (yearsAfterClosure < 1) {
            throw new IllegalArgumentException("The retention period must be at least a year, not " + yearsAfterClosure);
        }
    }

    /** Cases finished before this date are due for anonymisation today. */
    public LocalDate finishedBefore(LocalDate today) {
        return today.minusYears(yearsAfterClosure);
    }

    public boolean due(LocalDate finishedOn, LocalDate today) {
        return finishedOn != null && finishedOn.isBefore(finishedBefore(today));
    }

    /** The words recorded with each anonymisation, so the record says under what rule it happened. */
    public String describe() {
        return "Personal data removed " + yearsAfterClosure + (yearsAfterClosure == 1 ? " year" : " years")
                + " after the case was closed, refused or answered (retention policy, UK GDPR storage limitation)";
    }
}

package org.putright.residents;

import java.time.LocalDate;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 5.14 with the landlord's policy: a restriction stays proportionate only while it is reviewed, so each
 * review date is set no more than the policy's limit (six months unless configured) after the restriction starts or
 * was last reviewed. A restriction whose review date passes without a review lapses.
 */
final class RestrictionReviewWithinLimit {

    private RestrictionReviewWithinLimit() {
    }

    static void check(LocalDate from, LocalDate reviewOn, int maxMonths) {
        if (reviewOn.isAfter(from.plusMonths(maxMonths))) {
            throw new CodeRuleViolation("5.14", "RestrictionReviewWithinLimit", "A restriction must be reviewed within " + maxMonths
                    + " months: set the review date on or before " + CareWords.day(from.plusMonths(maxMonths)) + ".");
        }
    }
}

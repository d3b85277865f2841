package org.putright.reporting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the annual report (8.1 a) gets the landlord's self-assessment against the Code. Reporting defines this and the
 * self-assessment module implements it, so reporting never depends on that module (docs/decisions/0017). With no bean,
 * or none for the period, the report says no self-assessment is recorded.
 */
public interface SelfAssessmentSummaries {

    /** The self-assessment covering {@code from} to {@code to} (a reporting year), if one is recorded. */
    Optional<SelfAssessmentSummary> forPeriod(LocalDate from, LocalDate to);
}

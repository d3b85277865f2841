package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.Optional;

import org.putright.reporting.SelfAssessmentSummaries;
import org.putright.reporting.SelfAssessmentSummary;
import org.springframework.stereotype.Component;

/**
 * Gives the annual complaints performance and service improvement report its section on the self-assessment (2024 Code
 * 8.1 a): the assessment whose period ends in the report's year, signed off first. Reporting owns the interface so it
 * never depends on this module (docs/decisions/0017).
 */
@Component
class SelfAssessmentsForReports implements SelfAssessmentSummaries {

    private final SelfAssessments assessments;

    SelfAssessmentsForReports(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<SelfAssessmentSummary> forPeriod(LocalDate from, LocalDate to) {
        return assessments.summaryFor(from, to).map(s -> new SelfAssessmentSummary(s.codeVersion(), s.periodStart(), s.periodEnd(),
                s.provisions(), s.yes(), s.partly(), s.no(), s.notApplicable(), s.contradicted(), s.openActions(), s.overdueActions(),
                s.signedOffOn(), s.governingBodyConsideredOn(), s.link()));
    }
}

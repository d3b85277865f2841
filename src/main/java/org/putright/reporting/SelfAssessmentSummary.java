package org.putright.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-assessment against the Code, as the annual report shows it (8.1 a): how many provisions were assessed and how
 * many complied, partly complied, did not comply or did not apply; the provisions the evidence contradicts; the actions
 * it led to (open, overdue); when it was signed off and when the governing body considered it; {@code link} to it.
 */
public record SelfAssessmentSummary(String codeVersion, LocalDate periodStart, LocalDate periodEnd, int provisions, int complied,
        int partly, int notComplied, int notApplicable, List<String> contradictedProvisions, int openActions, int overdueActions,
        LocalDate signedOffOn, LocalDate governingBodyConsideredOn, String link) {

    public SelfAssessmentSummary {
        contradictedProvisions = contradictedProvisions == null ? List.of() : List.copyOf(contradictedProvisions);
    }
}

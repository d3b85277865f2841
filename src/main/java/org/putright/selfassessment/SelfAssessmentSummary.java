package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A self-assessment in brief, for the annual complaints performance and service improvement report (2024 Code 8.1 a):
 * how many provisions were answered Yes, Partly, No and Not applicable ({@code unanswered} the rest), the provisions
 * the live evidence contradicts, actions still open and overdue, the sign-off (date and who), the governing body's
 * consideration (date and response) and the publication date (null until each happens). {@code link} is the staff
 * page's path. {@code reason} is ANNUAL, RESTRUCTURE or OMBUDSMAN_INVESTIGATION.
 */
public record SelfAssessmentSummary(UUID id, String codeVersion, LocalDate periodStart, LocalDate periodEnd, String reason, int provisions,
        int yes, int partly, int no, int notApplicable, int unanswered, List<String> contradicted, int openActions, int overdueActions,
        LocalDate signedOffOn, String signedOffBy, LocalDate governingBodyConsideredOn, String governingBodyResponse, LocalDate publishedOn,
        String link) {
}

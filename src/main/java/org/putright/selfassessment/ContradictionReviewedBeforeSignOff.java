package org.putright.selfassessment;

import java.util.List;
import java.util.Map;

import org.putright.shared.CodeRuleViolation;

/**
 * 8.1: an assessment is not signed off while an answer the live evidence contradicts has not been reviewed: the answer
 * changed, or kept with commentary explaining it and the "confirmed despite the evidence" acknowledgement recorded.
 */
final class ContradictionReviewedBeforeSignOff {

    private ContradictionReviewedBeforeSignOff() {
    }

    static void check(SelfAssessments.Assessment assessment) {
        List<String> unreviewed = assessment.provisions().stream()
                .filter(p -> p.contradicted() && !p.contradictionReviewed())
                .map(SelfAssessments.ProvisionAnswer::number).toList();
        if (!unreviewed.isEmpty()) {
            throw new CodeRuleViolation(LiveEvidenceContradictsCompliance.PROVISION, "ContradictionReviewedBeforeSignOff",
                    "The live evidence contradicts the answer to " + String.join(", ", unreviewed)
                            + ": change the answer, or explain it in the commentary and confirm it despite the evidence, before signing off.",
                    Map.of("provisions", unreviewed));
        }
    }
}

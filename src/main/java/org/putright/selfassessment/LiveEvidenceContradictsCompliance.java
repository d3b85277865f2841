package org.putright.selfassessment;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 8.1 (2024 and 2022 Codes): the annual self-assessment is to show the landlord's complaint handling in line with the
 * Code, so an answer the record itself disproves is flagged for the complaints officer before sign-off:
 * <ul>
 * <li>"Yes" while the live evidence for the provision is below the threshold (95% unless
 * {@code PUTRIGHT_SELF_ASSESSMENT_CONTRADICTION_BELOW} says otherwise), for example "Yes" on 6.2 with 78% of stage 1
 * complaints acknowledged in time;</li>
 * <li>"Not applicable" while the record holds cases the provision was measured on (it did apply).</li>
 * </ul>
 * "Partly" and "No" already admit a shortfall and are never flagged; a provision with no live evidence, or none in the
 * period (total 0), cannot be contradicted. See docs/decisions/0020.
 */
@Component
class LiveEvidenceContradictsCompliance {

    static final String PROVISION = "8.1";

    private final BigDecimal below;

    LiveEvidenceContradictsCompliance(@Value("${putright.self-assessment.contradiction-below:95}") BigDecimal below) {
        this.below = below;
    }

    BigDecimal threshold() {
        return below;
    }

    /** Why the answer is contradicted, in words for the complaints officer, or null when it is not. */
    String contradiction(SelfAssessments.Comply comply, SelfAssessments.Figure evidence) {
        if (comply == null || evidence == null || evidence.total() == 0) {
            return null;
        }
        return switch (comply) {
            case YES -> evidence.percent().compareTo(below) < 0
                    ? "Answered Yes, but the record shows " + evidence.met() + " of " + evidence.total() + " (" + evidence.percent().toPlainString()
                            + "%) met, below " + below.stripTrailingZeros().toPlainString() + "%"
                    : null;
            case NOT_APPLICABLE -> "Answered Not applicable, but the record holds " + evidence.total() + " case"
                    + (evidence.total() == 1 ? "" : "s") + " it applied to";
            case PARTLY, NO -> null;
        };
    }
}

package org.putright.selfassessment;

import java.util.List;
import java.util.Map;

import org.putright.shared.CodeRuleViolation;

/**
 * 8.1 and the Ombudsman's self-assessment form: "Explanations must also be provided where a mandatory 'must'
 * requirement is not met to set out the rationale for the alternative approach adopted and why this delivers a better
 * outcome." A "must" answered No or Partly without that explanation stops the sign-off.
 */
final class UnmetMustNeedsAlternativeApproach {

    static final String FORM_WORDING = "Explain the rationale for the alternative approach adopted and why this delivers a better outcome";

    private UnmetMustNeedsAlternativeApproach() {
    }

    static boolean applies(Provision provision, SelfAssessments.Comply comply) {
        return provision.kind() == ProvisionKind.MUST && (comply == SelfAssessments.Comply.NO || comply == SelfAssessments.Comply.PARTLY);
    }

    static void check(SelfAssessments.Assessment assessment) {
        List<String> missing = assessment.provisions().stream().filter(SelfAssessments.ProvisionAnswer::alternativeApproachMissing)
                .map(SelfAssessments.ProvisionAnswer::number).toList();
        if (!missing.isEmpty()) {
            throw new CodeRuleViolation("8.1", "UnmetMustNeedsAlternativeApproach",
                    "The mandatory requirement" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + (missing.size() == 1 ? " is" : " are") + " not met and the explanation of the alternative approach adopted, "
                            + "and why it delivers a better outcome, is missing.",
                    Map.of("provisions", missing));
        }
    }
}

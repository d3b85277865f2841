package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/** 2024 Code 5.3: no more than two stages; after the final response the next step is the Ombudsman. */
final class AtMostTwoStages {

    private AtMostTwoStages() {
    }

    static void check(ComplaintScheme scheme, int currentStage) {
        if (currentStage >= scheme.finalStage()) {
            throw new CodeRuleViolation(scheme.provision(RuleId.AT_MOST_TWO_STAGES), "AtMostTwoStages",
                    "Stage " + currentStage + " is the landlord's final response. There is no further stage: the resident "
                            + "can take the complaint to the Housing Ombudsman.");
        }
    }
}

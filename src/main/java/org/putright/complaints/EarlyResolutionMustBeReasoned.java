package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 6.1: landlords consider which complaints can be answered early, weighing whether the resident is vulnerable
 * or at risk. The consideration is only evidence if it says what was weighed, so a yes or no alone is refused.
 */
final class EarlyResolutionMustBeReasoned {

    private EarlyResolutionMustBeReasoned() {
    }

    static void check(ComplaintScheme scheme, String notes) {
        if (notes == null || notes.isBlank()) {
            throw new CodeRuleViolation(scheme.provision(RuleId.EARLY_RESOLUTION_CONSIDERED), "EarlyResolutionMustBeReasoned",
                    "Say what you considered: the resident's vulnerability or risk, how complex the complaint is, and why it can or "
                            + "cannot be resolved early (notes).");
        }
    }
}

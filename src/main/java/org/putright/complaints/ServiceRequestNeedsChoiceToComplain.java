package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 1.3 and 1.4: a resident expressing dissatisfaction must be given the choice to make a complaint. A case
 * is treated as a service request only when the resident has been told they can complain, with the reasons recorded.
 */
final class ServiceRequestNeedsChoiceToComplain {

    private ServiceRequestNeedsChoiceToComplain() {
    }

    static void check(ComplaintScheme scheme, boolean residentToldOfRightToComplain, String reasons) {
        if (!residentToldOfRightToComplain) {
            throw new CodeRuleViolation(scheme.provision(RuleId.SERVICE_REQUEST_NEEDS_CHOICE_TO_COMPLAIN),
                    "ServiceRequestNeedsChoiceToComplain",
                    "Tell the resident they can make a complaint, and record that you did, before treating this as a service request.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new CodeRuleViolation(scheme.provision(RuleId.SERVICE_REQUEST_NEEDS_CHOICE_TO_COMPLAIN),
                    "ServiceRequestNeedsChoiceToComplain", "Record why this is a service request rather than a complaint.");
        }
    }
}

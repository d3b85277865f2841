package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/** 2024 Code 6.10 (2022: 5.11): a complaint goes to stage 2 only once stage 1 has been responded to, at the resident's request. */
final class EscalationOnlyAfterResponse {

    private EscalationOnlyAfterResponse() {
    }

    static void check(ComplaintScheme scheme, boolean currentStageResponded) {
        if (!currentStageResponded) {
            throw new CodeRuleViolation(scheme.provision(RuleId.ESCALATION_ONLY_AFTER_RESPONSE), "EscalationOnlyAfterResponse",
                    "This stage has not been responded to yet. A complaint moves to the next stage only after the response, "
                            + "when the resident asks.");
        }
    }
}

package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 6.13 (2022: 5.12): the person considering stage 2 must not be a person who considered stage 1 (anyone who
 * handled it at stage 1, not only the last).
 */
final class Stage2HandlerMustDiffer {

    private Stage2HandlerMustDiffer() {
    }

    static void check(ComplaintScheme scheme, int stage, java.util.Set<String> stage1Handlers, String proposedHandler) {
        if (stage >= 2 && stage1Handlers.contains(proposedHandler)) {
            throw new CodeRuleViolation(scheme.provision(RuleId.STAGE2_HANDLER_MUST_DIFFER), "Stage2HandlerMustDiffer",
                    proposedHandler + " considered this complaint at stage 1, so cannot consider it at stage 2. Choose someone else.");
        }
    }
}

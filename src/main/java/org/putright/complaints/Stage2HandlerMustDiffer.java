package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/** 2024 Code 6.13 (2022: 5.12): the person considering stage 2 must not be the person who considered stage 1. */
final class Stage2HandlerMustDiffer {

    private Stage2HandlerMustDiffer() {
    }

    static void check(ComplaintScheme scheme, int stage, String stage1Handler, String proposedHandler) {
        if (stage >= 2 && stage1Handler != null && stage1Handler.equals(proposedHandler)) {
            throw new CodeRuleViolation(scheme.provision(RuleId.STAGE2_HANDLER_MUST_DIFFER), "Stage2HandlerMustDiffer",
                    proposedHandler + " considered this complaint at stage 1, so cannot consider it at stage 2. Choose someone else.");
        }
    }
}

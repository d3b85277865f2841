package org.putright.complaints;

import java.util.Locale;
import java.util.Set;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 5.2: no extra named stages such as "stage 0" or "informal complaint". Early resolution happens at
 * stage 1; asking to triage a case into an informal stage is refused with the reason.
 */
final class NoStageZero {

    private static final Set<String> INFORMAL_STAGES = Set.of("STAGE_0", "STAGE0", "STAGE_ZERO", "INFORMAL", "INFORMAL_COMPLAINT",
            "PRE_COMPLAINT", "EARLY_RESOLUTION", "FRONT_LINE_RESOLUTION", "LOCAL_RESOLUTION");

    private NoStageZero() {
    }

    static boolean isInformalStage(String outcome) {
        return outcome != null && INFORMAL_STAGES.contains(outcome.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    static void refuse(ComplaintScheme scheme, String outcome) {
        throw new CodeRuleViolation(scheme.provision(RuleId.NO_STAGE_ZERO), "NoStageZero", "'" + outcome
                + "' is an extra informal stage, which the Code does not allow. Resolve it early within stage 1 instead.");
    }
}

package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 6.4 and 6.15 (2022: 5.1, 5.13): an extension of more than 10 working days at stage 1 (20 at stage 2 in the 2024
 * Code) needs a good reason, recorded; and 6.5/6.16: the resident is told, with the Ombudsman's contact details.
 */
final class ExtensionWithinLimit {

    private ExtensionWithinLimit() {
    }

    static void check(ComplaintScheme scheme, int stage, int alreadyExtended, int workingDays, String reason, String goodReason,
            java.time.LocalDate residentInformedOn) {
        ComplaintScheme.Extension rule = scheme.stage(stage).extension();
        if (reason == null || reason.isBlank()) {
            throw new CodeRuleViolation(rule.provision(), "ExtensionWithinLimit",
                    "Give the reason for the extension, to be explained to the resident.");
        }
        int total = alreadyExtended + workingDays;
        if (total > rule.maxWorkingDaysWithoutGoodReason() && (goodReason == null || goodReason.isBlank())) {
            throw new CodeRuleViolation(rule.provision(), "ExtensionWithinLimit",
                    "Extensions at stage " + stage + " would total " + total + " working days. More than "
                            + rule.maxWorkingDaysWithoutGoodReason() + " needs a good reason, recorded (goodReason).");
        }
        if (residentInformedOn == null) {
            throw new CodeRuleViolation(rule.residentToldProvision(), "ResidentToldOfExtension",
                    "Record the date the resident was told of the extension, with the Ombudsman's contact details (residentInformedOn).");
        }
    }
}

package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;
import org.putright.shared.InvalidRequestException;

/**
 * 2024 Code 5.9: where a response will fall outside the Code's timescales, the landlord agrees with the resident
 * suitable intervals for keeping them informed. Recorded with each extension, in working days; the scheme says whether
 * it is required (the 2022 Code only asked landlords to keep to arrangements made, 4.11).
 */
final class ExtensionAgreesUpdateIntervals {

    static final int MAX_INTERVAL_WORKING_DAYS = 20;

    private ExtensionAgreesUpdateIntervals() {
    }

    static void check(ComplaintScheme scheme, int stage, Integer updateEveryWorkingDays) {
        String provision = scheme.stage(stage).extension().updateIntervalProvision();
        if (updateEveryWorkingDays == null) {
            if (provision != null) {
                throw new CodeRuleViolation(provision, "ExtensionAgreesUpdateIntervals",
                        "Agree with the resident how often you will update them until the response (updateEveryWorkingDays).");
            }
            return;
        }
        if (updateEveryWorkingDays < 1 || updateEveryWorkingDays > MAX_INTERVAL_WORKING_DAYS) {
            throw new InvalidRequestException("updateEveryWorkingDays", updateEveryWorkingDays,
                    "must be a whole number of working days from 1 to " + MAX_INTERVAL_WORKING_DAYS);
        }
    }
}

package org.putright.complaints;

import java.time.LocalDate;
import java.util.Locale;

import org.putright.shared.CodeRuleViolation;

/**
 * Section 2 of the 2024 Code (2022: 1.7 to 1.9), also applied to refusing to escalate (5.11): a complaint is refused
 * only on a ground in the landlord's policy (2.1), for reasons particular to it, never as a blanket (2.5); a complaint
 * made more than 12 months after the issue is refused only after discretion has been considered (2.3). The resident is
 * told why and of their right to go to the Ombudsman (2.4): the refusal records that signposting.
 */
final class RefusalMustBeFairAndReasoned {

    static final String OVER_12_MONTHS = "OVER_12_MONTHS";

    private RefusalMustBeFairAndReasoned() {
    }

    static void check(ComplaintScheme scheme, boolean escalation, RefusalGround ground, String groundCode, String reasons,
            String discretionConsidered, LocalDate issueOccurredOn, LocalDate receivedOn) {
        String escalationProvision = escalation ? scheme.provision(RuleId.ESCALATION_REFUSAL_FOLLOWS_ACCEPTANCE_RULES) : null;
        if (ground == null) {
            throw violation(escalationProvision, scheme.provision(RuleId.REFUSAL_NEEDS_VALID_GROUND), "'" + groundCode
                    + "' is not a ground for refusal in the complaints policy. Use one of the policy's grounds (GET /api/v1/refusal-grounds).");
        }
        if (reasons == null || reasons.isBlank() || isOnlyTheGround(reasons, ground)) {
            throw violation(escalationProvision, scheme.provision(RuleId.NO_BLANKET_REFUSALS),
                    "Give reasons particular to this complaint for applying the ground '" + ground.label()
                            + "'; the ground alone is not a reason.");
        }
        if (OVER_12_MONTHS.equals(ground.code())) {
            String provision = scheme.provision(RuleId.LATE_COMPLAINT_NEEDS_DISCRETION_CONSIDERED);
            if (issueOccurredOn == null) {
                throw violation(escalationProvision, provision,
                        "Record when the issue occurred (or the resident became aware of it) before refusing it as over 12 months old.");
            }
            if (!issueOccurredOn.plusMonths(12).isBefore(receivedOn)) {
                throw violation(escalationProvision, provision, "The issue (" + issueOccurredOn
                        + ") was raised within 12 months, so the complaint must be accepted on this ground.");
            }
            if (discretionConsidered == null || discretionConsidered.isBlank()) {
                throw violation(escalationProvision, provision,
                        "Record how discretion to accept this late complaint was considered (discretionConsidered).");
            }
        }
    }

    private static boolean isOnlyTheGround(String reasons, RefusalGround ground) {
        String normalised = reasons.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s.]+$", "");
        return normalised.equals(ground.code().toLowerCase(Locale.ROOT)) || normalised.equals(ground.label().toLowerCase(Locale.ROOT))
                || (ground.description() != null && normalised.equals(ground.description().trim().toLowerCase(Locale.ROOT).replaceAll("[\\s.]+$", "")));
    }

    private static CodeRuleViolation violation(String escalationProvision, String provision, String detail) {
        if (escalationProvision != null) {
            return new CodeRuleViolation(escalationProvision, "RefusalToEscalateMustBeFairAndReasoned",
                    detail + " (Refusing to escalate follows the same rules as refusing a complaint: provision " + provision + ".)");
        }
        return new CodeRuleViolation(provision, "RefusalMustBeFairAndReasoned", detail);
    }
}

package org.putright.residents;

import java.util.Optional;

import org.putright.identity.Role;
import org.putright.identity.StaffMember;
import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 5.14 (restrictions must be proportionate, with regard to the Equality Act) and the landlord's unacceptable
 * behaviour policy: a restriction is approved by a manager who did not propose it, so one person's view of the
 * behaviour is not the only check on it.
 */
final class RestrictionApprovedByAnotherManager {

    private RestrictionApprovedByAnotherManager() {
    }

    static void check(String proposedBy, String approvedBy, Optional<StaffMember> approver) {
        if (approvedBy.equalsIgnoreCase(proposedBy)) {
            throw new CodeRuleViolation("5.14", "RestrictionApprovedByAnotherManager",
                    "The person proposing a restriction cannot approve it. Ask another manager to approve it.");
        }
        if (approver.isEmpty() || !approver.get().active() || !approver.get().has(Role.MANAGER)) {
            throw new CodeRuleViolation("5.14", "RestrictionApprovedByAnotherManager",
                    approvedBy + " is not an active manager. A restriction must be approved by a manager.");
        }
    }
}

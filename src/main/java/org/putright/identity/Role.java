package org.putright.identity;

/** What a member of staff may do. Governance viewers (the governing body, the MRC) only read. */
public enum Role {
    ADMIN,
    COMPLAINTS_OFFICER,
    INVESTIGATING_OFFICER,
    MANAGER,
    GOVERNANCE_VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}

package org.putright.identity;

import java.util.Set;

/** A member of staff as other modules see one. */
public record StaffMember(String username, String displayName, Set<Role> roles, boolean active) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Can be given complaints to handle: active, and an officer or manager. */
    public boolean canHandleComplaints() {
        return active && (has(Role.COMPLAINTS_OFFICER) || has(Role.INVESTIGATING_OFFICER) || has(Role.MANAGER));
    }
}

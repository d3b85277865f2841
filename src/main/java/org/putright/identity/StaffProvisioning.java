package org.putright.identity;

import java.util.Set;

/** For set-up code (demo data, imports): make sure a member of staff exists. Not for request handling. */
public interface StaffProvisioning {

    /** Creates the account if there is none with that username; never changes an existing one. */
    StaffMember ensure(String username, String displayName, Set<Role> roles, String password);
}

package org.putright.identity;

import java.util.Optional;

/** The identity module's API for other modules: who is on the staff, and who is acting now. */
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    /** The username of the signed-in member of staff acting in this request. */
    String currentUsername();
}

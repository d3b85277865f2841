package org.putright.identity;

import java.util.List;
import java.util.Optional;

/** The identity module's API for other modules: who is on the staff, and who is acting now. */
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    /** Everyone who can be given complaints to handle now (active, with a handling role), by display name. */
    List<StaffMember> handlers();

    /** The username of the signed-in member of staff acting in this request. */
    String currentUsername();
}

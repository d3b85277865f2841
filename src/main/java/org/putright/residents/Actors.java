package org.putright.residents;

import org.putright.identity.StaffDirectory;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in member of staff, or the resident at the public front door. */
@Component
class Actors {

    static final String RESIDENT = "resident";

    private final StaffDirectory staff;

    Actors(StaffDirectory staff) {
        this.staff = staff;
    }

    String current() {
        try {
            return staff.currentUsername();
        }
        catch (IllegalStateException e) {
            return RESIDENT;
        }
    }
}

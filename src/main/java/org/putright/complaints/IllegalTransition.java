package org.putright.complaints;

import java.util.Set;

import org.putright.shared.ConflictException;

/** The intent is not possible in the complaint's current status. Answered as 409. */
public class IllegalTransition extends ConflictException {

    public IllegalTransition(Status from, Intent intent, Set<Intent> allowed) {
        super("A complaint that is " + from + " cannot be asked to " + intent + ". Possible now: " + allowed);
    }

    public IllegalTransition(String message) {
        super(message);
    }
}

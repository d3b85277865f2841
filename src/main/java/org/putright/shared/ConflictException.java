package org.putright.shared;

/** The request clashes with the current state (another change got there first, a duplicate username). Answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

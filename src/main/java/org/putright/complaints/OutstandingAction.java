package org.putright.complaints;

import java.time.LocalDate;

/**
 * A promise made in a response, tracked to completion (6.6, 6.17): what will be done, by when, and who owns it
 * (a job title or team, as letters name roles, not people).
 */
public record OutstandingAction(String description, LocalDate dueOn, String owner) {

    public OutstandingAction(String description, LocalDate dueOn) {
        this(description, dueOn, null);
    }
}

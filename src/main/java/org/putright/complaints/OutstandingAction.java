package org.putright.complaints;

import java.time.LocalDate;

/** A promise made in a response, tracked to completion (6.6, 6.17). */
public record OutstandingAction(String description, LocalDate dueOn) {
}

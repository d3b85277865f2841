package org.putright.remedies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action promised in a response is past its due date and not done (6.6, 6.17). Published once per action, in the
 * transaction that raises the overdue alert, so notifications can tell the owner and the complaints team.
 */
public record OutstandingActionOverdue(UUID alertId, UUID complaintId, String reference, int stage, int actionIndex,
        String description, LocalDate dueOn, String owner, LocalDate raisedOn) {
}

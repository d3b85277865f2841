package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An order of the Housing Ombudsman (or a complaint handling failure order) is past its due date with no compliance
 * recorded (9.7 c). Published once per order, in the transaction that raises the overdue alert, so notifications can
 * tell the complaints team and the senior lead. {@code kind} is ORDER or COMPLAINT_HANDLING_FAILURE_ORDER.
 */
public record OmbudsmanOrderOverdue(UUID alertId, UUID caseId, String ombudsmanReference, UUID complaintId, String complaintReference,
        UUID orderId, String kind, String description, LocalDate dueOn, LocalDate raisedOn) {
}

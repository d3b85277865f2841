package org.putright.complaints;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage's response as the handler writes it. Where no remedy is offered the handler says why
 * ({@code noRemedyReason}); where nothing is left to do they say so ({@code noOutstandingActions}): silence on either
 * is a missing element (6.9 e–f, 6.19 e–f).
 */
public record ResponseDraft(LocalDate respondedOn, Decision decision, String reasons, List<PointDecision> points,
        List<Remedy> remedies, String noRemedyReason, List<OutstandingAction> outstandingActions, boolean noOutstandingActions) {

    public ResponseDraft {
        points = points == null ? List.of() : List.copyOf(points);
        remedies = remedies == null ? List.of() : List.copyOf(remedies);
        outstandingActions = outstandingActions == null ? List.of() : List.copyOf(outstandingActions);
        noRemedyReason = noRemedyReason == null || noRemedyReason.isBlank() ? null : noRemedyReason.strip();
    }
}

package org.putright.complaints;

import java.time.LocalDate;
import java.util.List;

/**
 * Test shorthand for a complete response: with no remedies it says why none is offered, with no actions it confirms
 * there are none, so a test about another rule is not refused for a missing element (6.9 / 6.19).
 */
final class Responses {

    static final String ROUTE = "If you are not satisfied, ask us to take your complaint further; or contact the Housing Ombudsman.";

    private Responses() {
    }

    static ResponseDraft draft(LocalDate on, Decision decision, String reasons, List<PointDecision> points, List<Remedy> remedies,
            List<OutstandingAction> actions) {
        return new ResponseDraft(on, decision, reasons, points, remedies,
                remedies.isEmpty() ? "The service was delivered as it should have been." : null, actions, actions.isEmpty());
    }

    static void respond(Complaint c, LocalDate on, Decision decision, String reasons, List<PointDecision> points,
            List<Remedy> remedies, List<OutstandingAction> actions, LocalDate today) {
        c.respond(draft(on, decision, reasons, points, remedies, actions), ROUTE, today);
    }
}

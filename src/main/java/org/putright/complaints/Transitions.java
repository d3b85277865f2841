package org.putright.complaints;

import static org.putright.complaints.Intent.*;
import static org.putright.complaints.Status.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle in one table: status × intent → status. Nothing else decides whether an intent is allowed in a
 * status; the Code's rules ({@code *Must*} classes) then decide whether this particular request may go ahead.
 */
final class Transitions {

    private static final Map<Status, Map<Intent, Status>> TABLE = new EnumMap<>(Status.class);

    static {
        allow(AWAITING_ACKNOWLEDGEMENT, CONFIRM_AS_COMPLAINT, AWAITING_ACKNOWLEDGEMENT);
        allow(AWAITING_ACKNOWLEDGEMENT, TRIAGE_AS_SERVICE_REQUEST, SERVICE_REQUEST);
        allow(AWAITING_ACKNOWLEDGEMENT, REFUSE_TO_ACCEPT, NOT_ACCEPTED);
        allow(AWAITING_ACKNOWLEDGEMENT, REFUSE_TO_ESCALATE, ESCALATION_REFUSED);
        allow(AWAITING_ACKNOWLEDGEMENT, ACKNOWLEDGE, UNDER_INVESTIGATION);
        allow(AWAITING_ACKNOWLEDGEMENT, ASSIGN, AWAITING_ACKNOWLEDGEMENT);
        allow(AWAITING_ACKNOWLEDGEMENT, JOIN_ADDITIONAL_COMPLAINT, AWAITING_ACKNOWLEDGEMENT);

        allow(UNDER_INVESTIGATION, ASSIGN, UNDER_INVESTIGATION);
        allow(UNDER_INVESTIGATION, EXTEND, UNDER_INVESTIGATION);
        allow(UNDER_INVESTIGATION, JOIN_ADDITIONAL_COMPLAINT, UNDER_INVESTIGATION);
        allow(UNDER_INVESTIGATION, RESPOND, RESPONDED);

        allow(RESPONDED, REQUEST_ESCALATION, AWAITING_ACKNOWLEDGEMENT);
        allow(RESPONDED, CLOSE, CLOSED);

        allow(CLOSED, REQUEST_ESCALATION, AWAITING_ACKNOWLEDGEMENT);

        allow(ESCALATION_REFUSED, CLOSE, CLOSED);

        // 6.6 / 6.17: actions promised in a response are tracked to completion, whatever happens to the case afterwards.
        // Every status a response can precede; the aggregate refuses a stage without a response or an unknown action.
        for (Status status : new Status[] { RESPONDED, CLOSED, AWAITING_ACKNOWLEDGEMENT, UNDER_INVESTIGATION, ESCALATION_REFUSED }) {
            allow(status, COMPLETE_OUTSTANDING_ACTION, status);
        }

        allow(SERVICE_REQUEST, RESOLVE_SERVICE_REQUEST, CLOSED);
        allow(SERVICE_REQUEST, RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST, SERVICE_REQUEST);

        for (Status status : Status.values()) {
            allow(status, ADD_NOTE, status);
            allow(status, RAISE_LINKED_COMPLAINT, status);
        }
        // 6.1: risks to the resident can be recorded or changed while anything may still be done on the case; a closed or
        // refused case takes none (escalating a closed one reopens it, and flags can be recorded again)
        for (Status status : Status.values()) {
            if (status != CLOSED && status != NOT_ACCEPTED) {
                allow(status, RECORD_RISK_FLAGS, status);
            }
        }
        // 6.1: whether it can be resolved early is considered before the stage 1 response; the aggregate keeps it to stage 1
        allow(AWAITING_ACKNOWLEDGEMENT, CONSIDER_EARLY_RESOLUTION, AWAITING_ACKNOWLEDGEMENT);
        allow(UNDER_INVESTIGATION, CONSIDER_EARLY_RESOLUTION, UNDER_INVESTIGATION);
        // a legal hold can be needed at any point, and lifted at any point
        for (Status status : Status.values()) {
            allow(status, PLACE_LEGAL_HOLD, status);
            allow(status, LIFT_LEGAL_HOLD, status);
        }
        // the retention policy applies once nothing is left for the team to do: closed, refused, or answered and not taken further
        for (Status status : new Status[] { CLOSED, NOT_ACCEPTED, ESCALATION_REFUSED, RESPONDED }) {
            allow(status, ANONYMISE_PERSONAL_DATA, status);
        }
        // 9.4: filing a complaint under the landlord's categories (or correcting it) is possible at any point; an anonymised
        // complaint takes nothing (the aggregate refuses it), yet keeps its categories for the figures
        for (Status status : Status.values()) {
            allow(status, CATEGORISE, status);
        }
        // a closed service request can still be complained about (1.5)
        allow(CLOSED, RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST, CLOSED);
    }

    private Transitions() {
    }

    private static void allow(Status from, Intent intent, Status to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Intent.class)).put(intent, to);
    }

    /** The status after the intent, or {@link IllegalTransition} when the table does not allow it. */
    static Status next(Status from, Intent intent) {
        Status to = TABLE.getOrDefault(from, Map.of()).get(intent);
        if (to == null) {
            throw new IllegalTransition(from, intent, allowed(from));
        }
        return to;
    }

    static Set<Intent> allowed(Status from) {
        return Collections.unmodifiableSet(TABLE.getOrDefault(from, Map.of()).keySet());
    }
}

package org.putright.complaints;

/** What someone asks to do to a complaint. Whether it is allowed in the current status is decided by {@link Transitions}. */
public enum Intent {
    CONFIRM_AS_COMPLAINT,
    TRIAGE_AS_SERVICE_REQUEST,
    RESOLVE_SERVICE_REQUEST,
    RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST,
    REFUSE_TO_ACCEPT,
    REFUSE_TO_ESCALATE,
    ACKNOWLEDGE,
    ASSIGN,
    EXTEND,
    JOIN_ADDITIONAL_COMPLAINT,
    RAISE_LINKED_COMPLAINT,
    RESPOND,
    REQUEST_ESCALATION,
    CLOSE,
    ADD_NOTE,
    COMPLETE_OUTSTANDING_ACTION
}

package org.putright.complaints;

/** Where a case stands. {@code SERVICE_REQUEST} is an open service request (1.4): recorded and monitored, not a complaint. */
public enum Status {
    AWAITING_ACKNOWLEDGEMENT, UNDER_INVESTIGATION, RESPONDED, ESCALATION_REFUSED, CLOSED, NOT_ACCEPTED, SERVICE_REQUEST;

    public boolean open() {
        return this == AWAITING_ACKNOWLEDGEMENT || this == UNDER_INVESTIGATION;
    }
}

package org.putright.ombudsman;

/** The Housing Ombudsman's finding on one element of a complaint it investigated. */
public enum Finding {
    NO_MALADMINISTRATION, SERVICE_FAILURE, MALADMINISTRATION, SEVERE_MALADMINISTRATION, REASONABLE_REDRESS, OUTSIDE_JURISDICTION;

    /** Service failure, maladministration and severe maladministration: the findings the Ombudsman counts as failings. */
    public boolean failing() {
        return this == SERVICE_FAILURE || this == MALADMINISTRATION || this == SEVERE_MALADMINISTRATION;
    }
}

package org.putright.complaints;

/**
 * 2024 Code 6.8 (2022: 5.7): an additional complaint raised during the investigation joins the stage 1 response if it is
 * related and the response has not been issued; otherwise it is logged as a new complaint, linked to this one.
 */
final class AdditionalComplaintsJoinIfRelated {

    private AdditionalComplaintsJoinIfRelated() {
    }

    static boolean joins(boolean related, int stage, Status status) {
        return related && stage == 1 && (status == Status.AWAITING_ACKNOWLEDGEMENT || status == Status.UNDER_INVESTIGATION);
    }
}

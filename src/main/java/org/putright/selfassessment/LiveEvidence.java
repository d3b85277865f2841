package org.putright.selfassessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One figure computed from the complaints held, for one measure over a period (for example "stage 1 acknowledged within
 * 5 working days": met 47 of 52). {@code provisions} names the provisions of the given Code version this measure
 * evidences; {@code cases} are the complaints behind the figure, for the drill-down. percent is null when total is 0.
 */
public record LiveEvidence(String measure, String description, List<String> provisions, long met, long total, BigDecimal percent,
        List<EvidenceCase> cases) {

    /** A complaint counted in a measure, and whether it met it; note says why not, when it did not. */
    public record EvidenceCase(UUID complaintId, String reference, boolean met, String note) {
    }
}

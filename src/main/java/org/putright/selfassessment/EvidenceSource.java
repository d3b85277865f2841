package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;

/** Computes the live evidence for a Code version over a period, from the record. */
public interface EvidenceSource {

    List<LiveEvidence> forPeriod(String codeVersion, LocalDate from, LocalDate to);
}

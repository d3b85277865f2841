package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;

import org.putright.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live evidence as JSON, read only: every measure for a Code version and period (from and to inclusive, ISO dates),
 * or one measure, each with the cases behind its figure so it can be checked by hand.
 */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApi {

    static final String VIEWERS = "hasAnyRole('GOVERNANCE_VIEWER','MANAGER','COMPLAINTS_OFFICER','ADMIN')";

    private final RecordEvidence evidence;

    EvidenceApi(RecordEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    @PreAuthorize(VIEWERS)
    List<LiveEvidence> all(@RequestParam(required = false) String codeVersion, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return evidence.forPeriod(codeVersion, from, to);
    }

    @GetMapping("/{measure}")
    @PreAuthorize(VIEWERS)
    LiveEvidence one(@PathVariable String measure, @RequestParam(required = false) String codeVersion,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        if (evidence.find(measure) == null) {
            throw new NotFoundException("There is no evidence measure '" + measure + "'. The measures are: "
                    + String.join(", ", RecordEvidence.MEASURES.stream().map(RecordEvidence.Measure::id).toList()));
        }
        evidence.check(codeVersion, from, to);
        return evidence.forPeriod(codeVersion, from, to).stream().filter(e -> e.measure().equals(measure)).findFirst().orElseThrow();
    }
}

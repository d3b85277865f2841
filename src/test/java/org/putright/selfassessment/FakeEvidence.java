package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Live evidence for the self-assessment tests, answering only for their own years (2051 and 2052) so that the real
 * evidence of other tests' complaints never mixes in. For the 2024 Code over a period from 1 April 2051 (to 31 March 2052 at the latest): 6.2 at 78 of
 * 100 (two measures summed), 6.4 at 39 of 50, 6.13 at 97 of 100 (above the threshold) and 7.1 with no cases.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeEvidence {

    static final LocalDate START = LocalDate.of(2051, 4, 1);
    static final LocalDate END = LocalDate.of(2052, 3, 31);
    static final UUID LATE_CASE = UUID.fromString("20510000-0000-0000-0000-000000000001");

    @Bean
    EvidenceSource fakeEvidenceFor2051() {
        return (version, from, to) -> {
            // any period from 1 April 2051, so tests can keep their assessments apart by their end dates
            if (!"2024".equals(version) || !from.equals(START) || to.isAfter(END)) {
                return List.of();
            }
            return List.of(
                    new LiveEvidence("stage1-acknowledged-logged", "Stage 1 complaints acknowledged within 5 working days", List.of("6.2"), 39, 50,
                            SelfAssessments.percent(39, 50), List.of(new LiveEvidence.EvidenceCase(LATE_CASE, "CMP-2051-00001", false,
                                    "Acknowledged after 8 working days"))),
                    new LiveEvidence("stage1-acknowledged-letter", "Stage 1 acknowledgement letters sent within 5 working days", List.of("6.2", "6.4"),
                            39, 50, SelfAssessments.percent(39, 50), List.of()),
                    new LiveEvidence("stage1-response", "Stage 1 responses within 10 working days", List.of("6.13"), 97, 100,
                            SelfAssessments.percent(97, 100), List.of()),
                    new LiveEvidence("remedies", "Remedies recorded", List.of("7.1"), 0, 0, null, List.of()));
        };
    }
}

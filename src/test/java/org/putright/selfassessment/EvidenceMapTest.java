package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The measure-to-provision map is data: every mapped number must exist in that version of the Code as PutRight holds it,
 * and its requirement must be about what the measure counts.
 */
class EvidenceMapTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /** Words at least one of which each mapped provision's requirement contains (lower case). */
    private static final Map<String, List<String>> ABOUT = Map.ofEntries(
            Map.entry("service-requests-resolved", List.of("service request")),
            Map.entry("service-request-complaints", List.of("service request", "logged as a complaint")),
            Map.entry("refusals-explained", List.of("accept", "escalate")),
            Map.entry("representatives-with-consent", List.of("representative")),
            Map.entry("complaints-defined", List.of("understanding of")),
            Map.entry("adjustments-reviewed-on-time", List.of("reasonable adjustment")),
            Map.entry("restrictions-reviewed-on-time", List.of("restriction")),
            Map.entry("stage-1-acknowledged-on-time", List.of("acknowledg")),
            Map.entry("stage-2-acknowledged-on-time", List.of("acknowledg", "escalation request")),
            Map.entry("stage-1-responded-on-time", List.of("working days")),
            Map.entry("stage-2-responded-on-time", List.of("working days")),
            Map.entry("stage-1-extensions-within-limit", List.of("extension", "timeframe")),
            Map.entry("stage-2-extensions-within-limit", List.of("extension", "timeframe")),
            Map.entry("stage-1-extension-letters-give-ombudsman", List.of("ombudsman")),
            Map.entry("stage-2-extension-letters-give-ombudsman", List.of("ombudsman")),
            Map.entry("stage-1-responses-complete", List.of("in writing")),
            Map.entry("stage-2-responses-complete", List.of("in writing")),
            Map.entry("stage-2-different-handler", List.of("same person")),
            Map.entry("remedies-followed-through", List.of("followed through")),
            Map.entry("learning-recorded", List.of("look beyond the circumstances")));

    @Test
    void every_measure_is_mapped_in_both_versions_and_every_mapped_measure_is_computed() {
        Map<String, Map<String, List<String>>> map = EvidenceMap.load(json);
        assertThat(map.keySet()).containsExactlyElementsOf(RecordEvidence.MEASURES.stream().map(RecordEvidence.Measure::id).toList());
        assertThat(map.values()).allSatisfy(versions -> assertThat(versions).containsOnlyKeys(CodeVersions.KNOWN)
                .allSatisfy((version, numbers) -> assertThat(numbers).isNotEmpty()));
        assertThat(ABOUT.keySet()).containsExactlyInAnyOrderElementsOf(map.keySet());
    }

    @Test
    void every_mapped_number_exists_in_that_versions_code_and_is_about_the_measure() {
        Map<String, Map<String, List<String>>> map = EvidenceMap.load(json);
        for (String version : CodeVersions.KNOWN) {
            CodeVersion code = CodeVersions.load(json, version);
            map.forEach((measure, versions) -> {
                for (String number : versions.get(version)) {
                    var provision = code.provision(number);
                    assertThat(provision).as(measure + ": provision " + number + " of the " + version + " Code").isPresent();
                    String text = provision.get().requirement().toLowerCase(Locale.UK);
                    assertThat(ABOUT.get(measure)).as(measure + ": " + version + " " + number + " says: " + text)
                            .anyMatch(text::contains);
                }
            });
        }
    }
}

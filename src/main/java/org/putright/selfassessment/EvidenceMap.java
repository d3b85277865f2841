package org.putright.selfassessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which provisions each measure evidences, per Code version, as data ({@code selfassessment/evidence-map.json}): the
 * versions number the same requirement differently (the 2022 Code's stage timescales are in its section 5, the 2024
 * Code's in section 6), and a new version is a new key in the file.
 */
@Component
class EvidenceMap {

    static final String PATH = "/selfassessment/evidence-map.json";

    private final Map<String, Map<String, List<String>>> byMeasure;

    EvidenceMap(JsonMapper json) {
        this.byMeasure = load(json);
    }

    static Map<String, Map<String, List<String>>> load(JsonMapper json) {
        try (InputStream in = EvidenceMap.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is missing from the classpath");
            }
            return json.readValue(in, new TypeReference<LinkedHashMap<String, Map<String, List<String>>>>() {
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measures in the file's order. */
    List<String> measures() {
        return List.copyOf(byMeasure.keySet());
    }

    /** The provisions of that version the measure evidences; empty when the version has none for it. */
    List<String> provisions(String measure, String codeVersion) {
        return byMeasure.getOrDefault(measure, Map.of()).getOrDefault(codeVersion, List.of());
    }

    boolean knowsVersion(String codeVersion) {
        return byMeasure.values().stream().anyMatch(versions -> versions.containsKey(codeVersion));
    }
}

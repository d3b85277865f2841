package org.putright.remedies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Ombudsman's remedies guidance bands for distress and inconvenience (7.4), shown beside financial remedies so
 * amounts are set consistently. Data, not code: {@code remedies/guidance.json}, with its source.
 */
@Component
class RemedyGuidance {

    record Band(String id, String range, BigDecimal from, BigDecimal to, String circumstances) {

        /** Whether an amount for distress and inconvenience falls in this band (from exclusive above the first band). */
        public boolean covers(BigDecimal amount) {
            boolean aboveFrom = from.signum() == 0 ? amount.signum() >= 0 : amount.compareTo(from) > 0;
            return aboveFrom && (to == null || amount.compareTo(to) <= 0);
        }
    }

    record Guidance(String title, String source, String sourceUrl, String note, List<Band> bands) {

        public Band bandFor(BigDecimal amount) {
            return amount == null ? null : bands.stream().filter(b -> b.covers(amount)).findFirst().orElse(null);
        }
    }

    private final Guidance guidance;

    RemedyGuidance(JsonMapper json) {
        try (InputStream in = RemedyGuidance.class.getResourceAsStream("/remedies/guidance.json")) {
            if (in == null) {
                throw new IllegalStateException("remedies/guidance.json is missing from the classpath");
            }
            this.guidance = json.readValue(in, Guidance.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Guidance guidance() {
        return guidance;
    }
}

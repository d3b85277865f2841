package org.putright.complaints;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/** The schemes shipped under {@code classpath:schemes/*.json}, checked for completeness when loaded. */
public final class Schemes {

    private final List<ComplaintScheme> schemes;

    Schemes(List<ComplaintScheme> schemes) {
        for (ComplaintScheme scheme : schemes) {
            EnumSet<RuleId> missing = EnumSet.allOf(RuleId.class);
            missing.removeAll(scheme.provisions().keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Scheme " + scheme.id() + " gives no provision for " + missing);
            }
            for (int i = 0; i < scheme.stages().size(); i++) {
                if (scheme.stages().get(i).stage() != i + 1) {
                    throw new IllegalStateException("Scheme " + scheme.id() + " must number its stages 1, 2, ... in order");
                }
                ComplaintScheme.ResponseElements elements = scheme.stages().get(i).responseElements();
                if (elements == null || elements.provision() == null || elements.elements() == null || elements.elements().isEmpty()
                        || elements.elements().stream().anyMatch(e -> e.element() == null)) {
                    throw new IllegalStateException("Scheme " + scheme.id() + " stage " + (i + 1)
                            + " must list the elements its written response confirms, with their provision");
                }
            }
        }
        this.schemes = schemes.stream().sorted(Comparator.comparing(ComplaintScheme::appliesFrom)).toList();
    }

    public static Schemes shipped(JsonMapper json) {
        try {
            List<ComplaintScheme> loaded = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:schemes/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    loaded.add(json.readValue(in, ComplaintScheme.class));
                }
            }
            return new Schemes(loaded);
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not load complaint schemes", e);
        }
    }

    public List<ComplaintScheme> all() {
        return schemes;
    }

    public Optional<ComplaintScheme> byId(String id) {
        return schemes.stream().filter(scheme -> scheme.id().equals(id)).findFirst();
    }

    /** The scheme in force for a complaint received on that date. */
    public ComplaintScheme forReceivedOn(LocalDate receivedOn) {
        return schemes.stream().filter(scheme -> scheme.appliesTo(receivedOn)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("No complaint scheme covers " + receivedOn));
    }
}

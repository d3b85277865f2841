package org.putright.complaints;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 5.6 (2022: 4.2, 5.10): on acknowledging a stage the landlord sets out its understanding of the complaint and
 * the outcomes sought; where any aspect is unclear it asks the resident for clarification.
 */
final class ComplaintMustBeDefined {

    private ComplaintMustBeDefined() {
    }

    static void check(ComplaintScheme scheme, int stage, Definition definition) {
        String provision = scheme.stage(stage).definitionProvision();
        if (definition == null || definition.summary() == null || definition.summary().isBlank()) {
            throw new CodeRuleViolation(provision, "ComplaintMustBeDefined",
                    "Set out your understanding of the complaint (definition.summary) when acknowledging it.");
        }
        boolean outcomesKnown = definition.outcomesSought().stream().anyMatch(o -> o != null && !o.isBlank());
        boolean clarificationAsked = definition.clarificationRequested() != null && !definition.clarificationRequested().isBlank();
        if (!outcomesKnown && !clarificationAsked) {
            throw new CodeRuleViolation(provision, "ComplaintMustBeDefined",
                    "Record the outcomes the resident is seeking (definition.outcomesSought), or the clarification you have "
                            + "asked them for (definition.clarificationRequested).");
        }
        if (definition.points().stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new CodeRuleViolation(provision, "ComplaintMustBeDefined", "A point of the complaint definition is blank.");
        }
    }
}

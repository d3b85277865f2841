package org.putright.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 6.7 and 6.18 (2022: 5.6): a response addresses every point of the complaint definition and gives clear
 * reasons for its decisions.
 */
final class ResponseMustAddressEveryPoint {

    private ResponseMustAddressEveryPoint() {
    }

    static void check(ComplaintScheme scheme, int stage, Definition definition, String reasons, List<PointDecision> points) {
        String provision = scheme.stage(stage).addressAllPointsProvision();
        if (reasons == null || reasons.isBlank()) {
            throw new CodeRuleViolation(provision, "ResponseMustAddressEveryPoint", "Give clear reasons for the decision.");
        }
        List<String> toAnswer = definition.pointsToAnswer();
        if (toAnswer.size() <= 1 && (points == null || points.isEmpty())) {
            return; // one point: the overall decision and reasons answer it
        }
        List<String> unanswered = new ArrayList<>();
        for (String point : toAnswer) {
            boolean answered = points != null && points.stream().anyMatch(p -> p.point() != null
                    && normalise(p.point()).equals(normalise(point)) && p.decision() != null && p.reasons() != null
                    && !p.reasons().isBlank());
            if (!answered) {
                unanswered.add(point);
            }
        }
        if (!unanswered.isEmpty()) {
            throw new CodeRuleViolation(provision, "ResponseMustAddressEveryPoint",
                    "Give a decision and reasons for every point of the complaint definition. Not yet answered: " + unanswered);
        }
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}

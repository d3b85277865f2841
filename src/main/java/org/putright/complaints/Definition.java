package org.putright.complaints;

import java.util.List;

/**
 * The complaint definition (5.6, 5.7): the landlord's understanding of the complaint, the points it will answer,
 * the outcomes the resident seeks, what it is and is not responsible for, and any clarification asked for.
 */
public record Definition(String summary, List<String> points, List<String> outcomesSought, List<String> responsibleFor,
        List<String> notResponsibleFor, String clarificationRequested) {

    public Definition {
        points = points == null ? List.of() : List.copyOf(points);
        outcomesSought = outcomesSought == null ? List.of() : List.copyOf(outcomesSought);
        responsibleFor = responsibleFor == null ? List.of() : List.copyOf(responsibleFor);
        notResponsibleFor = notResponsibleFor == null ? List.of() : List.copyOf(notResponsibleFor);
    }

    /** The points a response must answer: the listed points, or the summary when none are listed. */
    public List<String> pointsToAnswer() {
        return points.isEmpty() ? List.of(summary) : points;
    }

    Definition withPoint(String point) {
        List<String> more = new java.util.ArrayList<>(pointsToAnswer());
        more.add(point);
        return new Definition(summary, more, outcomesSought, responsibleFor, notResponsibleFor, clarificationRequested);
    }
}

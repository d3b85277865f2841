package org.putright.complaints;

/** The decision on one point of the complaint definition, with its reasons (6.7). */
public record PointDecision(String point, Decision decision, String reasons) {
}

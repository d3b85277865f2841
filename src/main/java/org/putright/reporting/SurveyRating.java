package org.putright.reporting;

/** The five-point scale of the TSM surveys, asked about how we handled the complaint; the first two are "satisfied". */
public enum SurveyRating {
    VERY_SATISFIED(1, "Very satisfied"), FAIRLY_SATISFIED(2, "Fairly satisfied"),
    NEITHER(3, "Neither satisfied nor dissatisfied"), FAIRLY_DISSATISFIED(4, "Fairly dissatisfied"),
    VERY_DISSATISFIED(5, "Very dissatisfied");

    private final int score;
    private final String label;

    SurveyRating(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public boolean satisfied() {
        return score <= 2;
    }
}

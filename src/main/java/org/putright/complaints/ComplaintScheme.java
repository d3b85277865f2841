package org.putright.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A complaint-handling scheme as data: its stages, each stage's working-day limits and the provision numbers of its
 * rules. Adding a scheme (the joint Ombudsman code, Scotland's or Wales's model procedure) is a new JSON file under
 * {@code schemes/} plus tests; the lifecycle code does not change.
 */
public record ComplaintScheme(String id, String name, LocalDate appliesFrom, LocalDate appliesUntil, String notes,
        List<StageRules> stages, Map<RuleId, String> provisions) {

    public enum Anchor {
        /** the date the complaint was received (Europe/London) */
        RECEIVED,
        /** the date the stage was acknowledged (and the complaint defined and logged) */
        ACKNOWLEDGED,
        /** the date the resident asked for the next stage */
        ESCALATION_REQUESTED
    }

    public record Step(int workingDays, Anchor from, String provision) {
    }

    /**
     * {@code updateIntervalProvision}: where the scheme requires agreeing with the resident how often they will be kept
     * informed while the response is late (2024 Code 5.9); null where it does not.
     */
    public record Extension(int maxWorkingDaysWithoutGoodReason, String provision, String residentToldProvision,
            String updateIntervalProvision) {

        public Extension(int maxWorkingDaysWithoutGoodReason, String provision, String residentToldProvision) {
            this(maxWorkingDaysWithoutGoodReason, provision, residentToldProvision, null);
        }
    }

    public record StageRules(int stage, Step acknowledge, Step respond, Extension extension, String definitionProvision,
            String addressAllPointsProvision, ResponseElements responseElements) {
    }

    /** What the stage's written response must confirm (2024: 6.9 / 6.19 a–g), as the scheme labels them. */
    public record ResponseElements(String provision, List<LabelledElement> elements) {
    }

    public record LabelledElement(String label, ResponseElement element) {
    }

    public int finalStage() {
        return stages.size();
    }

    public StageRules stage(int stage) {
        if (stage < 1 || stage > stages.size()) {
            throw new IllegalArgumentException(id + " has no stage " + stage);
        }
        return stages.get(stage - 1);
    }

    public String provision(RuleId rule) {
        String provision = provisions.get(rule);
        if (provision == null) {
            throw new IllegalStateException(id + " gives no provision for " + rule);
        }
        return provision;
    }

    public boolean appliesTo(LocalDate receivedOn) {
        return !receivedOn.isBefore(appliesFrom) && (appliesUntil == null || receivedOn.isBefore(appliesUntil));
    }
}

package org.putright.complaints;

import java.util.Collection;

/**
 * A risk to the resident or their household that makes a complaint more urgent (2024 Code 6.1: whether the resident
 * is vulnerable or at risk; the Equality Act 2010 for disability). Each has the words staff see and a priority weight:
 * a complaint's priority is the weight of its most serious flag, so several minor flags never outrank an immediate
 * danger. Stored by name in the record, so a flag no longer wanted is retired (kept here), never removed.
 */
public enum RiskFlag {

    SAFEGUARDING_CONCERN("Safeguarding concern", 3),
    NO_WATER_OR_POWER("No water, electricity or gas", 3),
    NO_HEATING_OR_HOT_WATER("No heating or hot water", 2),
    DAMP_AND_MOULD_HAZARD("Damp and mould affecting health", 2),
    HEALTH_MADE_WORSE("A health condition made worse by the issue", 2),
    HOME_NOT_SAFE_OR_SECURE("Home not safe or secure (for example broken locks or exposed wiring)", 2),
    DISABILITY_OR_MOBILITY("Home not accessible for a disability or mobility need", 1),
    ELDERLY_OR_CHILDREN_AT_RISK("Older people or young children in the home at risk", 1),
    MENTAL_HEALTH_OR_DISTRESS("Mental health affected or in severe distress", 1);

    private final String label;
    private final int weight;

    RiskFlag(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public int weight() {
        return weight;
    }

    /** The priority these flags give: the highest weight among them, 0 for none. */
    public static int priorityOf(Collection<RiskFlag> flags) {
        return flags == null ? 0 : flags.stream().mapToInt(RiskFlag::weight).max().orElse(0);
    }
}

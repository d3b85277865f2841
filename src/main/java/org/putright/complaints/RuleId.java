package org.putright.complaints;

/**
 * The Code's rules that are not tied to one stage. Each scheme's data gives the provision number it has for each
 * (the 2024 Code and the 2022 Code number the same rule differently).
 */
public enum RuleId {
    SERVICE_REQUEST_NEEDS_CHOICE_TO_COMPLAIN,
    DISSATISFACTION_WITH_SERVICE_REQUEST_IS_A_COMPLAINT,
    REFUSAL_NEEDS_VALID_GROUND,
    LATE_COMPLAINT_NEEDS_DISCRETION_CONSIDERED,
    NO_BLANKET_REFUSALS,
    NO_STAGE_ZERO,
    AT_MOST_TWO_STAGES,
    ESCALATION_REFUSAL_FOLLOWS_ACCEPTANCE_RULES,
    ADDITIONAL_COMPLAINTS_JOIN_IF_RELATED,
    ESCALATION_ONLY_AFTER_RESPONSE,
    ESCALATION_NEEDS_NO_REASONS,
    STAGE2_HANDLER_MUST_DIFFER
}

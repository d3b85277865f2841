package org.putright.shared;

/**
 * A request refused because a provision of the Complaint Handling Code forbids it.
 * Answered as 422 problem+json with a {@code provision} member.
 */
public class CodeRuleViolation extends RuntimeException {

    private final String provision;
    private final String rule;
    private final java.util.Map<String, Object> details;

    public CodeRuleViolation(String provision, String rule, String detail) {
        this(provision, rule, detail, java.util.Map.of());
    }

    /** With further members for the problem document, such as the list of missing elements. */
    public CodeRuleViolation(String provision, String rule, String detail, java.util.Map<String, Object> details) {
        super(detail);
        this.provision = provision;
        this.rule = rule;
        this.details = java.util.Map.copyOf(details);
    }

    /** Further members for the problem document. */
    public java.util.Map<String, Object> details() {
        return details;
    }

    /** The provision number as the scheme numbers it, e.g. "6.13". */
    public String provision() {
        return provision;
    }

    /** The rule's name, e.g. "Stage2HandlerMustDiffer". */
    public String rule() {
        return rule;
    }
}

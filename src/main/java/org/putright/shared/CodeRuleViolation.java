package org.putright.shared;

/**
 * A request refused because a provision of the Complaint Handling Code forbids it.
 * Answered as 422 problem+json with a {@code provision} member.
 */
public class CodeRuleViolation extends RuntimeException {

    private final String provision;
    private final String rule;

    public CodeRuleViolation(String provision, String rule, String detail) {
        super(detail);
        this.provision = provision;
        this.rule = rule;
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

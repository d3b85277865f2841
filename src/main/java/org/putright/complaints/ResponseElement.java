package org.putright.complaints;

/**
 * What a stage's response must tell the resident in writing (2024 Code 6.9 and 6.19 a–g; 2022 Code 5.8 and 5.16).
 * Each scheme lists, per stage, which elements it requires and how it labels them.
 */
public enum ResponseElement {
    STAGE("the complaint stage"),
    DEFINITION("the complaint definition"),
    DECISION("the decision on the complaint"),
    REASONS("the reasons for any decisions made"),
    REMEDY("the details of any remedy offered to put things right"),
    OUTSTANDING_ACTIONS("details of any outstanding actions"),
    ESCALATION("details of how to escalate the matter if the resident is not satisfied");

    private final String description;

    ResponseElement(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

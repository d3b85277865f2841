package org.putright.complaints;

/** A remedy offered to put things right (7.1). */
public record Remedy(Type type, String description) {

    public enum Type {
        APOLOGY, EXPLANATION, ACTION_TAKEN, RECONSIDERED_DECISION, RECORD_AMENDED, FINANCIAL, POLICY_OR_PROCEDURE_CHANGE, OTHER
    }
}

package org.putright.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A remedy offered to put things right (7.1): what it is, what will happen and by when (7.3). A financial remedy
 * carries its breakdown as the Ombudsman's remedies guidance sets it out (7.4).
 */
public record Remedy(Type type, String description, LocalDate dueOn, Financial financial) {

    public Remedy(Type type, String description) {
        this(type, description, null, null);
    }

    public enum Type {
        APOLOGY, EXPLANATION, ACTION_TAKEN, RECONSIDERED_DECISION, RECORD_AMENDED, FINANCIAL, POLICY_OR_PROCEDURE_CHANGE, OTHER
    }

    /**
     * The parts of a financial remedy, in pounds: payments the landlord is bound to make (such as Right to Repair),
     * quantifiable losses (damaged belongings, extra heating costs), time and trouble, and distress and inconvenience.
     */
    public record Financial(BigDecimal statutory, BigDecimal quantifiableLoss, BigDecimal timeAndTrouble,
            BigDecimal distressAndInconvenience) {

        public BigDecimal total() {
            return nz(statutory).add(nz(quantifiableLoss)).add(nz(timeAndTrouble)).add(nz(distressAndInconvenience));
        }

        private static BigDecimal nz(BigDecimal amount) {
            return amount == null ? BigDecimal.ZERO : amount;
        }
    }
}

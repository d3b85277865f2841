package org.putright.correspondence;

import java.util.List;

/** What each letter must say, written by PutRight in fixed sections the template author cannot remove. */
final class RequiredSections {

    private RequiredSections() {
    }

    static String label(LetterType type) {
        return switch (type) {
            case ACKNOWLEDGEMENT -> "Acknowledgement";
            case EXTENSION -> "Extension of the response date";
            case REFUSAL -> "Complaint not accepted";
            case ESCALATION_REFUSAL -> "Escalation refused";
            case STAGE_1_RESPONSE -> "Stage 1 response";
            case STAGE_2_RESPONSE -> "Stage 2 response";
            case ACTION_UPDATE -> "Update on an outstanding action";
            case CONSENT_REQUEST -> "Asking for consent to a representative";
            case RESTRICTION_NOTICE -> "Contact restriction notice";
        };
    }

    static List<String> of(LetterType type) {
        return switch (type) {
            case ACKNOWLEDGEMENT -> List.of("The complaint stage", "The complaint definition (summary, points, outcomes sought, "
                    + "what we are and are not responsible for)", "The date we will respond by",
                    "The handler's job title", "The Housing Ombudsman's contact details for advice (3.7)");
            case EXTENSION -> List.of("Why we need more time", "The new response date",
                    "The Housing Ombudsman's contact details (6.5, 6.16)");
            case REFUSAL -> List.of("The decision", "The ground in our policy and the reasons",
                    "The right to take the complaint to the Housing Ombudsman (2.4)");
            case ESCALATION_REFUSAL -> List.of("The decision", "The ground in our policy and the reasons",
                    "The right to take the complaint to the Housing Ombudsman (5.11)");
            case STAGE_1_RESPONSE, STAGE_2_RESPONSE -> List.of("a. The complaint stage", "b. The complaint definition",
                    "c. The decision, overall and on each point", "d. The reasons for the decision",
                    "e. The remedies (with any financial breakdown), or why none is offered",
                    "f. Outstanding actions, or confirmation there are none",
                    type == LetterType.STAGE_1_RESPONSE ? "g. How to escalate to stage 2"
                            : "g. How to take the complaint to the Housing Ombudsman");
            case ACTION_UPDATE -> List.of("What we promised", "What we have done and when", "What is still outstanding (6.6, 6.17)");
            case CONSENT_REQUEST -> List.of("Who contacted us for the resident", "That the complaint is logged and being dealt with (1.3)",
                    "How to give consent, and what it can cover (3.6)", "What happens if the resident does not consent");
            case RESTRICTION_NOTICE -> List.of("What the restriction is", "Why it was put in place", "When it will be reviewed",
                    "That it never stops a complaint being logged or escalated (5.14)", "The Housing Ombudsman's contact details");
        };
    }
}

package org.putright.complaints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.shared.CodeRuleViolation;

/**
 * 2024 Code 6.9 and 6.19 (2022 Code 5.8 and 5.16): a response confirms in writing the complaint stage, the
 * definition, the decision, the reasons, any remedy, any outstanding actions and how to escalate. The scheme lists
 * which elements each stage needs; a response missing any of them is not issued, and the refusal lists them all.
 */
final class ResponseMustContainRequiredElements {

    /** The facts a response would put in writing; the stage, definition and escalation route come from the record. */
    record Content(Integer stage, Definition definition, ResponseDraft draft, String escalationRoute) {
    }

    private ResponseMustContainRequiredElements() {
    }

    static void check(ComplaintScheme.ResponseElements required, Content content) {
        List<Map<String, String>> missing = missing(required, content);
        if (!missing.isEmpty()) {
            String list = missing.stream()
                    .map(m -> (m.containsKey("label") ? m.get("label") + ". " : "") + m.get("description"))
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new CodeRuleViolation(required.provision(), "ResponseMustContainRequiredElements",
                    "The response cannot be issued without: " + list + ".", Map.of("missingElements", missing));
        }
    }

    /** Each missing element as {element, label, description, howToProvide}, in the scheme's order. */
    static List<Map<String, String>> missing(ComplaintScheme.ResponseElements required, Content content) {
        List<Map<String, String>> missing = new ArrayList<>();
        for (ComplaintScheme.LabelledElement wanted : required.elements()) {
            if (!present(wanted.element(), content)) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("element", wanted.element().name());
                if (wanted.label() != null) {
                    item.put("label", wanted.label());
                }
                item.put("description", wanted.element().description());
                item.put("howToProvide", howToProvide(wanted.element()));
                missing.add(item);
            }
        }
        return missing;
    }

    static boolean present(ResponseElement element, Content content) {
        ResponseDraft draft = content.draft();
        return switch (element) {
            case STAGE -> content.stage() != null && content.stage() >= 1;
            case DEFINITION -> content.definition() != null && !blank(content.definition().summary());
            case DECISION -> draft.decision() != null;
            case REASONS -> !blank(draft.reasons());
            case REMEDY -> (!draft.remedies().isEmpty() && draft.remedies().stream().allMatch(r -> r.type() != null
                    && !blank(r.description()))) || (draft.remedies().isEmpty() && draft.noRemedyReason() != null);
            case OUTSTANDING_ACTIONS -> !draft.outstandingActions().isEmpty() || draft.noOutstandingActions();
            case ESCALATION -> !blank(content.escalationRoute());
        };
    }

    private static String howToProvide(ResponseElement element) {
        return switch (element) {
            case STAGE -> "The stage comes from the complaint's record.";
            case DEFINITION -> "Acknowledge the stage with a complaint definition first.";
            case DECISION -> "Give the overall decision: upheld, partly upheld or not upheld.";
            case REASONS -> "Give the reasons for the decision, referring to policy, law and good practice where relevant.";
            case REMEDY -> "List each remedy offered, or say why no remedy is offered.";
            case OUTSTANDING_ACTIONS -> "List each outstanding action with its owner and due date, or confirm there are none.";
            case ESCALATION -> "Give the landlord's contact details (PUTRIGHT_LANDLORD_PHONE or PUTRIGHT_LANDLORD_EMAIL) so the letter can say how to escalate.";
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

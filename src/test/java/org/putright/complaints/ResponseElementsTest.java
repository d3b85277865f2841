package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.putright.complaints.ComplaintBuilder.FAR_FUTURE;
import static org.putright.complaints.ComplaintBuilder.aComplaint;
import static org.putright.complaints.ComplaintBuilder.date;
import static org.putright.complaints.ComplaintBuilder.definition;
import static org.putright.complaints.ComplaintBuilder.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.InvalidRequestException;

/**
 * 2024 Code 6.9 and 6.19: a stage's response confirms in writing a. the stage, b. the definition, c. the decision,
 * d. the reasons, e. any remedy, f. any outstanding actions, g. how to escalate. One test per element and stage: the
 * response is refused naming that element (and only it), and nothing is recorded; the complete response goes through.
 */
class ResponseElementsTest {

    static final LocalDate MAR_2 = date(2026, 3, 2);
    static final LocalDate MAR_4 = date(2026, 3, 4);
    static final LocalDate MAR_10 = date(2026, 3, 10);
    static final LocalDate MAR_12 = date(2026, 3, 12);
    static final LocalDate MAR_16 = date(2026, 3, 16);
    static final LocalDate MAR_30 = date(2026, 3, 30);
    static final String ROUTE = "Ask us to take it to stage 2 at https://example.org/check-your-complaint.";

    static final Definition DEFINITION = definition("The boiler repair was late", "Repair late");

    static ResponseDraft complete(LocalDate on) {
        return new ResponseDraft(on, Decision.UPHELD, "The repair was booked late under our repairs policy.",
                List.of(new PointDecision("Repair late", Decision.UPHELD, "Our records show the delay")),
                List.of(new Remedy(Remedy.Type.APOLOGY, "We apologise."),
                        new Remedy(Remedy.Type.FINANCIAL, "£150 for your time and trouble", on.plusDays(7),
                                new Remedy.Financial(null, BigDecimal.valueOf(50), BigDecimal.valueOf(100), null))),
                null, List.of(new OutstandingAction("Replace the boiler", on.plusDays(14), "Repairs Manager")), false);
    }

    static Complaint atStage1() {
        return aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a", DEFINITION).build();
    }

    static Complaint atStage2() {
        return aComplaint().receivedOn(MAR_2).acknowledged(MAR_4, "officer.a", DEFINITION).responded(MAR_10).escalated(MAR_12)
                .then(c -> c.acknowledge(MAR_12, "officer.b", DEFINITION, FAR_FUTURE)).build();
    }

    /** The draft with one change; the violation names exactly that element, and the complaint is unchanged. */
    static void refusedFor(Complaint c, String provision, String label, ResponseElement element, UnaryOperator<ResponseDraft> change,
            LocalDate on) {
        Status before = c.status();
        int pending = c.pendingEvents().size();
        CodeRuleViolation v = catchThrowableOfType(CodeRuleViolation.class, () -> c.respond(change.apply(complete(on)), ROUTE, FAR_FUTURE));
        assertThat(v).as("refused for %s", element).isNotNull();
        assertThat(v.provision()).isEqualTo(provision);
        assertThat(v.rule()).isEqualTo("ResponseMustContainRequiredElements");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> missing = (List<Map<String, String>>) v.details().get("missingElements");
        assertThat(missing).extracting(m -> m.get("element")).containsExactly(element.name());
        assertThat(missing.getFirst()).containsEntry("label", label).containsKey("howToProvide");
        assertThat(v.getMessage()).contains(label + ". " + element.description());
        assertThat(c.status()).isEqualTo(before);
        assertThat(c.pendingEvents()).hasSize(pending);
    }

    static ResponseDraft withDecision(ResponseDraft d, Decision decision) {
        return new ResponseDraft(d.respondedOn(), decision, d.reasons(), d.points(), d.remedies(), d.noRemedyReason(),
                d.outstandingActions(), d.noOutstandingActions());
    }

    static ResponseDraft withReasons(ResponseDraft d, String reasons) {
        return new ResponseDraft(d.respondedOn(), d.decision(), reasons, d.points(), d.remedies(), d.noRemedyReason(),
                d.outstandingActions(), d.noOutstandingActions());
    }

    static ResponseDraft withRemedies(ResponseDraft d, List<Remedy> remedies, String noRemedyReason) {
        return new ResponseDraft(d.respondedOn(), d.decision(), d.reasons(), d.points(), remedies, noRemedyReason,
                d.outstandingActions(), d.noOutstandingActions());
    }

    static ResponseDraft withActions(ResponseDraft d, List<OutstandingAction> actions, boolean none) {
        return new ResponseDraft(d.respondedOn(), d.decision(), d.reasons(), d.points(), d.remedies(), d.noRemedyReason(), actions,
                none);
    }

    // ---------------------------------------------------------------- stage 1: 6.9

    @Test
    void provision_6_9_a_the_response_names_the_complaint_stage() {
        ComplaintScheme.ResponseElements required = scheme("HOS-2024").stage(1).responseElements();
        var missing = ResponseMustContainRequiredElements.missing(required,
                new ResponseMustContainRequiredElements.Content(null, DEFINITION, complete(MAR_10), ROUTE));
        assertThat(missing).extracting(m -> m.get("label")).containsExactly("a");
        assertThat(ResponseMustContainRequiredElements.missing(required,
                new ResponseMustContainRequiredElements.Content(1, DEFINITION, complete(MAR_10), ROUTE))).isEmpty();
    }

    @Test
    void provision_6_9_b_the_response_restates_the_complaint_definition() {
        ComplaintScheme.ResponseElements required = scheme("HOS-2024").stage(1).responseElements();
        var missing = ResponseMustContainRequiredElements.missing(required,
                new ResponseMustContainRequiredElements.Content(1, null, complete(MAR_10), ROUTE));
        assertThat(missing).extracting(m -> m.get("label")).containsExactly("b");
        var blankSummary = ResponseMustContainRequiredElements.missing(required, new ResponseMustContainRequiredElements.Content(1,
                new Definition(" ", List.of(), List.of(), List.of(), List.of(), null), complete(MAR_10), ROUTE));
        assertThat(blankSummary).extracting(m -> m.get("element")).containsExactly("DEFINITION");
    }

    @Test
    void provision_6_9_c_the_response_gives_the_decision() {
        refusedFor(atStage1(), "6.9", "c", ResponseElement.DECISION, d -> withDecision(d, null), MAR_10);
    }

    @Test
    void provision_6_9_d_the_response_gives_reasons_for_the_decision() {
        refusedFor(atStage1(), "6.9", "d", ResponseElement.REASONS, d -> withReasons(d, null), MAR_10);
        refusedFor(atStage1(), "6.9", "d", ResponseElement.REASONS, d -> withReasons(d, "   "), MAR_10);
    }

    @Test
    void provision_6_9_e_the_response_details_the_remedy_or_says_why_there_is_none() {
        refusedFor(atStage1(), "6.9", "e", ResponseElement.REMEDY, d -> withRemedies(d, List.of(), null), MAR_10);
        refusedFor(atStage1(), "6.9", "e", ResponseElement.REMEDY,
                d -> withRemedies(d, List.of(new Remedy(Remedy.Type.APOLOGY, " ")), null), MAR_10);
        // saying why no remedy is offered is the detail the Code asks for
        Complaint c = atStage1();
        c.respond(withRemedies(complete(MAR_10), List.of(), "The repair was done on time; nothing went wrong."), ROUTE, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void provision_6_9_f_the_response_details_outstanding_actions_or_confirms_there_are_none() {
        refusedFor(atStage1(), "6.9", "f", ResponseElement.OUTSTANDING_ACTIONS, d -> withActions(d, List.of(), false), MAR_10);
        Complaint c = atStage1();
        c.respond(withActions(complete(MAR_10), List.of(), true), ROUTE, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void provision_6_9_g_the_response_says_how_to_escalate_to_stage_2() {
        Complaint c = atStage1();
        CodeRuleViolation v = catchThrowableOfType(CodeRuleViolation.class, () -> c.respond(complete(MAR_10), null, FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("6.9");
        assertThat(v.getMessage()).contains("g. details of how to escalate");
        assertThat(c.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        c.respond(complete(MAR_10), ROUTE, FAR_FUTURE);
        var responded = (ComplaintEvent.StageResponded) c.pendingEvents().getLast();
        assertThat(responded.escalationRoute()).isEqualTo(ROUTE);
    }

    @Test
    void provision_6_9_every_missing_element_is_named_at_once() {
        Complaint c = atStage1();
        ResponseDraft bare = new ResponseDraft(MAR_10, null, null, List.of(), List.of(), null, List.of(), false);
        CodeRuleViolation v = catchThrowableOfType(CodeRuleViolation.class, () -> c.respond(bare, null, FAR_FUTURE));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> missing = (List<Map<String, String>>) v.details().get("missingElements");
        assertThat(missing).extracting(m -> m.get("label")).containsExactly("c", "d", "e", "f", "g");
    }

    @Test
    void a_complete_response_keeps_every_element_on_the_record() {
        Complaint c = atStage1();
        c.respond(complete(MAR_10), ROUTE, FAR_FUTURE);
        var responded = (ComplaintEvent.StageResponded) c.pendingEvents().getLast();
        assertThat(responded.stage()).isEqualTo(1);
        assertThat(responded.decision()).isEqualTo(Decision.UPHELD);
        assertThat(responded.remedies().get(1).financial().total()).isEqualByComparingTo("150");
        assertThat(responded.outstandingActions().getFirst().owner()).isEqualTo("Repairs Manager");
        assertThat(responded.noOutstandingActions()).isFalse();
        assertThat(responded.escalationRoute()).isEqualTo(ROUTE);
    }

    @Test
    void remedies_and_actions_cannot_be_both_listed_and_denied() {
        assertThatThrownBy(() -> atStage1().respond(withRemedies(complete(MAR_10), complete(MAR_10).remedies(), "None due"), ROUTE,
                FAR_FUTURE)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> atStage1().respond(withActions(complete(MAR_10), complete(MAR_10).outstandingActions(), true), ROUTE,
                FAR_FUTURE)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("not both");
    }

    @Test
    void provision_7_4_a_financial_remedy_shows_how_the_sum_is_made_up() {
        Remedy noBreakdown = new Remedy(Remedy.Type.FINANCIAL, "£150", null, null);
        assertThatThrownBy(() -> atStage1().respond(withRemedies(complete(MAR_10), List.of(noBreakdown), null), ROUTE, FAR_FUTURE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("time and trouble");
        Remedy negative = new Remedy(Remedy.Type.FINANCIAL, "£50", null,
                new Remedy.Financial(BigDecimal.valueOf(100), null, BigDecimal.valueOf(-50), null));
        assertThatThrownBy(() -> atStage1().respond(withRemedies(complete(MAR_10), List.of(negative), null), ROUTE, FAR_FUTURE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("negative");
    }

    @Test
    void provision_7_3_a_remedy_or_action_is_not_due_before_the_response() {
        Remedy early = new Remedy(Remedy.Type.ACTION_TAKEN, "Fix the door", MAR_4, null);
        assertThatThrownBy(() -> atStage1().respond(withRemedies(complete(MAR_10), List.of(early), null), ROUTE, FAR_FUTURE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("before the response");
        assertThatCode(() -> atStage1().respond(withRemedies(complete(MAR_10),
                List.of(new Remedy(Remedy.Type.ACTION_TAKEN, "Fix the door", MAR_16, null)), null), ROUTE, FAR_FUTURE))
                .doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- stage 2: 6.19

    @Test
    void provision_6_19_a_and_b_stage_and_definition_are_required_at_stage_2() {
        ComplaintScheme.ResponseElements required = scheme("HOS-2024").stage(2).responseElements();
        assertThat(required.provision()).isEqualTo("6.19");
        assertThat(ResponseMustContainRequiredElements.missing(required,
                new ResponseMustContainRequiredElements.Content(null, null, complete(MAR_30), ROUTE)))
                .extracting(m -> m.get("label")).containsExactly("a", "b");
    }

    @Test
    void provision_6_19_c_stage_2_response_gives_the_decision() {
        refusedFor(atStage2(), "6.19", "c", ResponseElement.DECISION, d -> withDecision(d, null), MAR_30);
    }

    @Test
    void provision_6_19_d_stage_2_response_gives_reasons() {
        refusedFor(atStage2(), "6.19", "d", ResponseElement.REASONS, d -> withReasons(d, ""), MAR_30);
    }

    @Test
    void provision_6_19_e_stage_2_response_details_the_remedy() {
        refusedFor(atStage2(), "6.19", "e", ResponseElement.REMEDY, d -> withRemedies(d, List.of(), " "), MAR_30);
    }

    @Test
    void provision_6_19_f_stage_2_response_details_outstanding_actions() {
        refusedFor(atStage2(), "6.19", "f", ResponseElement.OUTSTANDING_ACTIONS, d -> withActions(d, List.of(), false), MAR_30);
    }

    @Test
    void provision_6_19_g_stage_2_response_says_how_to_go_to_the_ombudsman() {
        Complaint c = atStage2();
        CodeRuleViolation v = catchThrowableOfType(CodeRuleViolation.class, () -> c.respond(complete(MAR_30), " ", FAR_FUTURE));
        assertThat(v.provision()).isEqualTo("6.19");
        assertThat(v.getMessage()).contains("g. details of how to escalate");
    }

    // ---------------------------------------------------------------- the 2022 Code

    @Test
    void the_2022_code_5_8_stage_one_letter_does_not_list_the_definition_but_5_16_stage_two_does() {
        ComplaintScheme.ResponseElements stage1 = scheme("HOS-2022").stage(1).responseElements();
        ComplaintScheme.ResponseElements stage2 = scheme("HOS-2022").stage(2).responseElements();
        assertThat(stage1.provision()).isEqualTo("5.8");
        assertThat(stage2.provision()).isEqualTo("5.16");
        var noDefinition = new ResponseMustContainRequiredElements.Content(1, null, complete(MAR_10), ROUTE);
        assertThat(ResponseMustContainRequiredElements.missing(stage1, noDefinition)).isEmpty();
        assertThat(ResponseMustContainRequiredElements.missing(stage2, noDefinition)).extracting(m -> m.get("element"))
                .containsExactly("DEFINITION");
        // the 2022 Code bullets its list rather than lettering it
        assertThat(ResponseMustContainRequiredElements.missing(stage2, noDefinition).getFirst()).doesNotContainKey("label");
    }
}

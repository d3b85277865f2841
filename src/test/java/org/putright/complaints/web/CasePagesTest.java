package org.putright.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintService;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The staff workspace pages, driven as a browser without JavaScript would: GET pages, POST forms. */
@WithDatabase
class CasePagesTest {

    static final String OFFICER_A = "web.officer.a";
    static final String OFFICER_B = "web.officer.b";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ComplaintService complaints;

    @BeforeEach
    void staff() {
        new Api(mvc, json).staff(OFFICER_A, "COMPLAINTS_OFFICER").staff(OFFICER_B, "COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor officer(String username) {
        return user(username).roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor governance() {
        return SecurityMockMvcRequestPostProcessors.user("web.board").roles("GOVERNANCE_VIEWER");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(get(path).with(who));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return html(result);
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String name, LocalDate date) {
        return request.param(name + ".day", String.valueOf(date.getDayOfMonth())).param(name + ".month", String.valueOf(date.getMonthValue()))
                .param(name + ".year", String.valueOf(date.getYear()));
    }

    /** Logs a complaint through the form; returns its id. */
    UUID logComplaint(String residentName, String tenancy, String words) throws Exception {
        var request = date(post("/cases/new"), "receivedOn", today()).param("receivedTime", "00:01").param("channel", "PHONE")
                .param("residentName", residentName).param("tenancyReference", tenancy).param("email", "resident@example.org")
                .param("description", words).with(officer(OFFICER_A)).with(csrf());
        MvcResult result = perform(request);
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(result.getFlashMap().get("success").toString()).contains("logged");
        return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/cases/".length()));
    }

    MvcResult act(UUID id, String action, RequestPostProcessor who, MockHttpServletRequestBuilder request) throws Exception {
        return perform(request.with(who).with(csrf()));
    }

    MockHttpServletRequestBuilder action(UUID id, String action) {
        return post("/cases/" + id + "/" + action);
    }

    MvcResult acknowledge(UUID id, String handler, String... points) throws Exception {
        return act(id, "acknowledge", officer(OFFICER_A), date(action(id, "acknowledge"), "date", today()).param("handler", handler)
                .param("summary", "Boiler repair delays").param("points", String.join("\n", points))
                .param("outcomesSought", "A working boiler"));
    }

    @Test
    void the_queue_lists_a_new_complaint_with_its_deadline_tag_and_filters_and_search_work() throws Exception {
        String name = unique("Queue Resident");
        String tenancy = "TQ-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = logComplaint(name, tenancy, "The hall light has been broken for weeks.");
        String reference = complaints.get(id).reference();

        MvcResult byName = perform(get("/cases").param("view", "all").param("q", name).with(officer(OFFICER_A)));
        String all = html(byName);
        assertThat(all).contains(reference).contains(name).contains("/cases/" + id).contains("Awaiting acknowledgement")
                .contains("govuk-tag--blue").containsPattern("\\d working days? left")
                .contains("value=\"" + name + "\"");

        assertThat(page("/cases?view=all&q=" + tenancy, officer(OFFICER_A))).contains(reference);
        assertThat(page("/cases?view=all&q=" + reference, officer(OFFICER_A))).contains(name);
        String closed = page("/cases?view=all&status=CLOSED&q=" + tenancy, officer(OFFICER_A));
        assertThat(closed).doesNotContain(reference).contains("No cases match")
                .contains("<option value=\"CLOSED\" selected=\"selected\">");
        assertThat(page("/cases?view=all&stage=2&q=" + tenancy, officer(OFFICER_A))).doesNotContain(reference);
        assertThat(page("/cases?view=all&channel=PHONE&stage=1&q=" + tenancy, officer(OFFICER_A))).contains(reference);
        assertThat(page("/cases?view=all&overdue=yes&q=" + tenancy, officer(OFFICER_A))).doesNotContain(reference)
                .contains("id=\"overdue\" name=\"overdue\" type=\"checkbox\" value=\"yes\" checked=\"checked\"");
        // unassigned: not in my cases until acknowledged with me as handler
        assertThat(page("/cases?view=mine&q=" + tenancy, officer(OFFICER_A))).doesNotContain(reference);
        assertThat(acknowledge(id, OFFICER_A, "The light").getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/cases?view=mine&q=" + tenancy, officer(OFFICER_A))).contains(reference).contains("Send the response");
        assertThat(page("/cases?view=all&handler=" + OFFICER_B + "&q=" + tenancy, officer(OFFICER_A))).doesNotContain(reference);
    }

    @Test
    void the_queue_shows_open_cases_unless_closed_and_answered_ones_are_asked_for() throws Exception {
        String tenancy = "TO-" + UUID.randomUUID().toString().substring(0, 6);
        String openName = unique("Open Resident");
        String answeredName = unique("Answered Resident");
        UUID open = logComplaint(openName, tenancy, "The door does not lock.");
        UUID answered = logComplaint(answeredName, tenancy, "The gutter leaks.");
        assertThat(acknowledge(answered, OFFICER_A, "Gutter leaks").getResponse().getStatus()).isEqualTo(302);
        MvcResult responded = act(answered, "respond", officer(OFFICER_A), date(action(answered, "respond"), "date", today())
                .param("decision", "UPHELD").param("reasons", "We were slow").param("pointRows[0].point", "Gutter leaks")
                .param("pointRows[0].decision", "UPHELD").param("pointRows[0].reasons", "It was").param("remedies[0].type", "APOLOGY")
                .param("remedies[0].description", "Sorry").param("noOutstandingActions", "true"));
        assertThat(responded.getResponse().getStatus()).as(html(responded)).isEqualTo(302);
        String openReference = complaints.get(open).reference();
        String answeredReference = complaints.get(answered).reference();

        String openOnly = page("/cases?view=all&q=" + tenancy, officer(OFFICER_A));
        assertThat(openOnly).contains(openReference).doesNotContain(answeredReference).contains("1 open case")
                .contains("Include closed and answered cases")
                .contains("id=\"closed\" name=\"closed\" type=\"checkbox\" value=\"yes\" aria-describedby=\"closed-hint\">");

        String withClosed = page("/cases?view=all&closed=yes&q=" + tenancy, officer(OFFICER_A));
        assertThat(withClosed).contains(openReference).contains(answeredReference).contains(">2 cases<")
                .contains("id=\"closed\" name=\"closed\" type=\"checkbox\" value=\"yes\" aria-describedby=\"closed-hint\" checked=\"checked\">");

        // choosing a status shows the cases in it, open or not
        assertThat(page("/cases?view=all&status=RESPONDED&q=" + tenancy, officer(OFFICER_A))).contains(answeredReference)
                .doesNotContain(openReference);

        // a search that finds only answered cases says so and offers them
        String none = page("/cases?view=all&q=" + answeredReference, officer(OFFICER_A));
        assertThat(none).contains("No open cases match").doesNotContain("/cases/" + answered)
                .contains("href=\"/cases?view=all&amp;q=" + answeredReference + "&amp;closed=yes\"");
        assertThat(page("/cases?view=all&closed=yes&q=" + answeredReference, officer(OFFICER_A))).contains("/cases/" + answered);
    }

    @Test
    void the_queue_pages_through_many_cases() throws Exception {
        String tenancy = "TP-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 25 + 3; i++) { // one more page than the queue shows (25 a page)
            logComplaint(unique("Paging Resident"), tenancy, "Complaint " + i);
        }
        String first = page("/cases?view=all&q=" + tenancy, officer(OFFICER_A));
        assertThat(first).contains("govuk-pagination").contains("govuk-pagination__item--current").contains("rel=\"next\"");
        String second = page("/cases?view=all&page=2&q=" + tenancy, officer(OFFICER_A));
        assertThat(second).contains("rel=\"prev\"").containsPattern("Paging Resident");
    }

    @Test
    void logging_a_complaint_keeps_the_words_verbatim_and_escapes_html() throws Exception {
        String words = "Line one & more\n\n  indented line two\n<script>alert('x')</script>";
        UUID id = logComplaint(unique("Verbatim Resident"), "TV-1", words);
        assertThat(complaints.get(id).description()).isEqualTo(words);

        String html = page("/cases/" + id, officer(OFFICER_A));
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Line one &amp; more\n\n  indented line two");
    }

    @Test
    void an_invalid_form_shows_an_error_summary_and_every_typed_value() throws Exception {
        var request = post("/cases/new").param("receivedOn.day", "31").param("receivedOn.month", "2").param("receivedOn.year", "2026")
                .param("receivedTime", "9:30").param("channel", "LETTER").param("residentName", "")
                .param("tenancyReference", "TT-77").param("email", "not-an-email").param("description", "Typed words\nkept")
                .param("outcomeSought", "A new boiler").with(officer(OFFICER_A)).with(csrf());
        MvcResult result = perform(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = html(result);
        assertThat(html).contains("There is a problem").contains("<title>Error: Log a complaint")
                .contains("href=\"#receivedOn\"").contains("must be a real date")
                .contains("href=\"#residentName\"").contains("Enter the resident&#39;s name")
                .contains("href=\"#email\"").contains("value=\"not-an-email\"").contains("value=\"TT-77\"")
                .contains("value=\"31\"").contains("value=\"9:30\"").contains(">Typed words\nkept</textarea>")
                .contains(">A new boiler</textarea>").contains("value=\"LETTER\" checked=\"checked\"");
    }

    @Test
    void the_case_page_offers_only_allowed_actions_and_none_to_a_governance_viewer() throws Exception {
        UUID id = logComplaint(unique("Actions Resident"), "TA-1", "Damp in the bedroom.");
        String html = page("/cases/" + id, officer(OFFICER_A));
        assertThat(html).contains("id=\"acknowledge-form\"").contains("id=\"triage-form\"").contains("id=\"refuse-form\"")
                .contains("id=\"note-form\"").doesNotContain("id=\"respond-form\"").doesNotContain("id=\"close-form\"")
                .doesNotContain("id=\"escalate-form\"");

        String board = page("/cases/" + id, governance());
        assertThat(board).doesNotContainPattern("id=\"[a-z-]+-form\"").contains("There is nothing you can record");
        MvcResult refused = act(id, "note", governance(), action(id, "note").param("text", "Sneaky"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void acknowledging_through_the_form_works_and_then_the_response_is_offered() throws Exception {
        UUID id = logComplaint(unique("Ack Resident"), "TK-1", "Repairs not done.");
        MvcResult result = acknowledge(id, OFFICER_A, "Repair not booked", "No updates");
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(result.getFlashMap().get("success")).isEqualTo("Stage 1 acknowledged");
        var view = complaints.get(id);
        assertThat(view.handler()).isEqualTo(OFFICER_A);
        assertThat(view.definition().points()).containsExactly("Repair not booked", "No updates");

        String html = page("/cases/" + id, officer(OFFICER_A));
        assertThat(html).contains("Under investigation").contains("id=\"respond-form\"").doesNotContain("id=\"acknowledge-form\"")
                .contains("Repair not booked").contains("Stage 1 acknowledged on");
    }

    @Test
    void a_missing_field_points_to_the_field_and_keeps_what_was_typed() throws Exception {
        UUID id = logComplaint(unique("Field Resident"), "TF-1", "Repairs not done.");
        MvcResult result = act(id, "acknowledge", officer(OFFICER_A), date(action(id, "acknowledge"), "date", today())
                .param("handler", "").param("summary", "My typed summary"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("href=\"#acknowledge-handler\"").contains("Select who will handle the complaint")
                .contains(">My typed summary</textarea>").contains("<details class=\"govuk-details\" open=\"open\"");
    }

    @Test
    void an_incomplete_response_points_to_each_row_and_keeps_what_was_typed() throws Exception {
        UUID id = logComplaint(unique("Rows Resident"), "TR-1", "Mould.");
        assertThat(acknowledge(id, OFFICER_A, "Mould not treated").getResponse().getStatus()).isEqualTo(302);
        MvcResult result = act(id, "respond", officer(OFFICER_A), date(action(id, "respond"), "date", today()).param("decision", "")
                .param("reasons", "Typed reasons").param("pointRows[0].point", "Mould not treated").param("pointRows[0].decision", "")
                .param("remedies[0].type", "APOLOGY").param("remedies[0].description", ""));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("href=\"#respond-decision\"").contains("href=\"#respond-point-0\"")
                .contains("href=\"#respond-remedy-description-0\"").contains(">Typed reasons</textarea>")
                .contains("<option value=\"APOLOGY\" selected=\"selected\">").contains("id=\"respond-remedy-type-2\"")
                .containsPattern("govuk-form-group--error\"[^>]*>\\s*<label class=\"govuk-label\" for=\"respond-point-0\"");
        assertThat(complaints.get(id).status().name()).isEqualTo("UNDER_INVESTIGATION");
    }

    @Test
    void a_stage_2_acknowledgement_by_the_stage_1_handler_explains_provision_6_13() throws Exception {
        UUID id = logComplaint(unique("Stage Two Resident"), "T2-1", "Leak ignored.");
        assertThat(acknowledge(id, OFFICER_A, "Leak ignored").getResponse().getStatus()).isEqualTo(302);
        MvcResult responded = act(id, "respond", officer(OFFICER_A), date(action(id, "respond"), "date", today()).param("decision", "UPHELD")
                .param("reasons", "We were slow").param("pointRows[0].point", "Leak ignored").param("pointRows[0].decision", "UPHELD")
                .param("pointRows[0].reasons", "It was").param("remedies[0].type", "APOLOGY").param("remedies[0].description", "Sorry")
                .param("remedies[1].type", "").param("remedies[1].description", "").param("noOutstandingActions", "true"));
        assertThat(responded.getResponse().getStatus()).as(html(responded)).isEqualTo(302);
        MvcResult escalated = act(id, "escalate", officer(OFFICER_A), date(action(id, "escalate"), "date", today()));
        assertThat(escalated.getResponse().getStatus()).as(html(escalated)).isEqualTo(302);

        MvcResult refused = acknowledge(id, OFFICER_A, "Leak still ignored");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(refused)).contains("There is a problem").contains("Provision 6.13 of the Complaint Handling Code:")
                .contains("href=\"#acknowledge-form\"").contains(">Leak still ignored</textarea>");
        assertThat(complaints.get(id).stage()).isEqualTo(2);

        assertThat(acknowledge(id, OFFICER_B, "Leak still ignored").getResponse().getStatus()).isEqualTo(302);
        String html = page("/cases/" + id, officer(OFFICER_A));
        assertThat(html).contains("Stage 2 acknowledged on").contains("Stage 1 response sent on").contains("Apology");
    }

    /** A respond form filled in completely, less whatever {@code leaveOut} names. */
    MockHttpServletRequestBuilder fullResponse(UUID id, String... leaveOut) {
        return fullResponse(action(id, "respond"), leaveOut);
    }

    MockHttpServletRequestBuilder fullResponse(MockHttpServletRequestBuilder to, String... leaveOut) {
        java.util.Set<String> out = java.util.Set.of(leaveOut);
        MockHttpServletRequestBuilder request = date(to, "date", today()).param("pointRows[0].point", "Mould not treated")
                .param("pointRows[0].decision", "UPHELD").param("pointRows[0].reasons", "Our survey found it");
        if (!out.contains("decision")) {
            request.param("decision", "UPHELD");
        }
        if (!out.contains("reasons")) {
            request.param("reasons", "The treatment was booked late under our damp and mould policy.");
        }
        if (!out.contains("remedy")) {
            request.param("remedies[0].type", "FINANCIAL").param("remedies[0].description", "£250 paid to your rent account")
                    .param("remedies[0].timeAndTrouble", "100").param("remedies[0].distressAndInconvenience", "£150.00");
        }
        if (!out.contains("actions")) {
            request.param("actions[0].description", "Treat the mould and redecorate").param("actions[0].owner", "Repairs Manager")
                    .param("actions[0].dueOn.day", String.valueOf(today().plusDays(14).getDayOfMonth()))
                    .param("actions[0].dueOn.month", String.valueOf(today().plusDays(14).getMonthValue()))
                    .param("actions[0].dueOn.year", String.valueOf(today().plusDays(14).getYear()));
        }
        return request;
    }

    @Test
    void provision_6_9_c_to_f_the_response_form_refuses_each_missing_element_and_keeps_what_was_typed() throws Exception {
        String[][] cases = { { "decision", "respond-decision", "6.9 c." }, { "reasons", "respond-reasons", "6.9 d." },
                { "remedy", "respond-no-remedy-reason", "6.9 e." }, { "actions", "respond-no-actions", "6.9 f." } };
        for (String[] missing : cases) {
            UUID id = logComplaint(unique("Elements Resident"), "TE-1", "Mould in the bedroom.");
            assertThat(acknowledge(id, OFFICER_A, "Mould not treated").getResponse().getStatus()).isEqualTo(302);
            MvcResult result = act(id, "respond", officer(OFFICER_A), fullResponse(id, missing[0]));
            assertThat(result.getResponse().getStatus()).as(missing[0]).isEqualTo(200);
            String html = html(result);
            assertThat(html).as(missing[0]).contains("govuk-error-summary").contains("href=\"#" + missing[1] + "\"")
                    .contains("Provision " + missing[2]);
            for (String[] other : cases) {
                if (other != missing) {
                    assertThat(html).as(missing[0] + " alone").doesNotContain("Provision " + other[2]);
                }
            }
            if (!missing[0].equals("reasons")) {
                assertThat(html).contains(">The treatment was booked late under our damp and mould policy.</textarea>");
            }
            assertThat(complaints.get(id).status().name()).as(missing[0]).isEqualTo("UNDER_INVESTIGATION");
        }
    }

    @Test
    void a_complete_response_form_issues_the_response_with_remedy_amounts_owner_and_route_to_stage_2() throws Exception {
        UUID id = logComplaint(unique("Complete Resident"), "TE-2", "Mould in the bedroom.");
        assertThat(acknowledge(id, OFFICER_A, "Mould not treated").getResponse().getStatus()).isEqualTo(302);
        MvcResult result = act(id, "respond", officer(OFFICER_A), fullResponse(id));
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        var response = complaints.get(id).stages().getFirst().response();
        assertThat(response.remedies().getFirst().financial().total()).isEqualByComparingTo("250");
        assertThat(response.outstandingActions().getFirst().owner()).isEqualTo("Repairs Manager");
        assertThat(page("/cases/" + id, officer(OFFICER_A))).contains("£250.00").contains("(Repairs Manager)")
                .contains("ask us to take your complaint to stage 2");
    }

    @Test
    void the_response_form_says_no_remedy_and_no_actions_only_when_told() throws Exception {
        UUID id = logComplaint(unique("None Resident"), "TE-3", "Mould in the bedroom.");
        assertThat(acknowledge(id, OFFICER_A, "Mould not treated").getResponse().getStatus()).isEqualTo(302);
        MvcResult result = act(id, "respond", officer(OFFICER_A), fullResponse(id, "remedy", "actions")
                .param("noRemedyReason", "The treatment was done on time.").param("noOutstandingActions", "true"));
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        assertThat(page("/cases/" + id, officer(OFFICER_A))).contains("No remedy offered: The treatment was done on time.")
                .contains("None: nothing remained to do after this response.");
    }

    @Test
    void provision_6_9_the_wording_check_scores_the_response_and_keeps_what_was_typed() throws Exception {
        UUID id = logComplaint(unique("Wording Resident"), "TW-1", "Mould in the bedroom.");
        assertThat(acknowledge(id, OFFICER_A, "Mould not treated").getResponse().getStatus()).isEqualTo(302);
        MvcResult result = act(id, "respond", officer(OFFICER_A), fullResponse(post("/cases/" + id + "/respond/check"), "reasons")
                .param("reasons", "Notwithstanding the aforementioned survey we will endeavour to ascertain the cause."));
        String html = html(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Wording check").contains("Reading ease").contains("“notwithstanding”")
                .contains("try find out").contains(">Notwithstanding the aforementioned survey")
                .contains("value=\"Repairs Manager\"");
        assertThat(complaints.get(id).status().name()).isEqualTo("UNDER_INVESTIGATION");
    }
}

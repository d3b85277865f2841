package org.putright.remedies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The putting-things-right pages, driven as a browser without JavaScript would: GET pages, POST forms. */
@WithDatabase
class RemediesPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    RemedyAlerts alerts;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("pages.officer", "COMPLAINTS_OFFICER");
        clock.set(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    static RequestPostProcessor officer() {
        return user("pages.officer").roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor governance() {
        return user("pages.board").roles("GOVERNANCE_VIEWER");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return page(get(path), who);
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(request.with(who));
        String path = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String name, LocalDate date) {
        return request.param(name + ".day", String.valueOf(date.getDayOfMonth())).param(name + ".month", String.valueOf(date.getMonthValue()))
                .param(name + ".year", String.valueOf(date.getYear()));
    }

    @Test
    void the_promises_page_lists_open_actions_with_their_status_and_filters_by_owner_and_overdue() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = "Owner " + tag;
        String id = new RespondedCases(api, "pages.officer")
                .action("Late letter " + tag, LocalDate.of(2026, 6, 10), owner)
                .action("Soon visit " + tag, LocalDate.of(2026, 6, 16), owner)
                .action("Later boiler " + tag, LocalDate.of(2026, 7, 31), owner)
                .respond("Resident " + tag, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20));
        alerts.raiseDue();

        String html = page(get("/promises").param("owner", owner), governance());
        assertThat(html).contains("Open promises across all cases", "Late letter " + tag, "Soon visit " + tag, "Later boiler " + tag);
        assertThat(html).contains("/cases/" + id);
        assertThat(html).contains(">OVERDUE<", ">DUE SOON<", ">DUE<");
        assertThat(html).contains("Overdue alert raised 15 June 2026", "Reminder raised 15 June 2026");
        assertThat(html).as("a governance viewer only reads").doesNotContain("Acknowledge");

        String overdue = page(get("/promises").param("overdue", "yes").param("owner", owner), officer());
        assertThat(overdue).contains("Late letter " + tag).doesNotContain("Soon visit " + tag).doesNotContain("Later boiler " + tag);
        assertThat(overdue).contains("Acknowledge");

        String overdueAlert = alerts.list(true, UUID.fromString(id)).stream().filter(a -> a.kind() == RemedyAlerts.Kind.OVERDUE)
                .findFirst().orElseThrow().id().toString();
        var acknowledged = perform(post("/promises/alerts/" + overdueAlert + "/acknowledgement").with(officer()).with(csrf()));
        assertThat(acknowledged.getResponse().getStatus()).isEqualTo(302);
        assertThat(page(get("/promises").param("overdue", "yes").param("owner", owner), officer())).doesNotContain("Overdue alert raised");
        assertThat(perform(post("/promises/alerts/" + overdueAlert + "/acknowledgement").with(governance()).with(csrf()))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void the_improvements_page_adds_to_the_register_keeping_what_was_typed_when_something_is_missing() throws Exception {
        String title = "Call back within a day " + UUID.randomUUID().toString().substring(0, 8);
        var missing = perform(post("/improvements").param("title", title).param("description", "").param("owner", "Contact Centre Manager")
                .with(officer()).with(csrf()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(422);
        String again = missing.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("There is a problem", "Describe the improvement", "href=\"#description\"", title, "Contact Centre Manager");

        var added = perform(date(post("/improvements"), "targetOn", LocalDate.of(2026, 12, 1)).param("title", title)
                .param("description", "Call residents back within one working day.").param("owner", "Contact Centre Manager")
                .with(officer()).with(csrf()));
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        String register = page("/improvements", officer());
        assertThat(register).contains(title, "Contact Centre Manager", "1 December 2026", "Proposed");

        assertThat(perform(post("/improvements").param("title", "x").param("description", "y").param("owner", "z").with(governance())
                .with(csrf())).getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/improvements", governance())).doesNotContain("Add a service improvement");
    }

    @Test
    void a_case_shows_putting_things_right_and_its_remedy_and_learning_pages_record_answers_payments_and_lessons() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = new RespondedCases(api, "pages.officer")
                .remedy("FINANCIAL", "£300 for the damp " + tag, Map.of("distressAndInconvenience", 300))
                .action("Treat the damp " + tag, LocalDate.of(2026, 7, 1), "Damp Team")
                .respond("Resident " + tag, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20));

        String casePage = page("/cases/" + id, officer());
        assertThat(casePage).contains("Putting things right", "Stage 1 remedy 1: Financial, £300.00", "Promised: Treat the damp " + tag,
                "/cases/" + id + "/remedies", "/cases/" + id + "/learning");

        String remedies = page("/cases/" + id + "/remedies", officer());
        assertThat(remedies).contains("£300 for the damp " + tag, "Offered", "£100 to £600", "In the Ombudsman guidance band £100 to £600",
                "Record the resident", "housing-ombudsman.org.uk");

        var noAnswer = perform(date(post("/cases/" + id + "/remedies/1/0/acceptance"), "on", LocalDate.of(2026, 5, 25)).with(officer()).with(csrf()));
        assertThat(noAnswer.getResponse().getStatus()).isEqualTo(422);
        assertThat(noAnswer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Select whether the resident accepted or declined the remedy", "href=\"#accept-1-0-answer\"");

        var accepted = perform(date(post("/cases/" + id + "/remedies/1/0/acceptance"), "on", LocalDate.of(2026, 5, 25)).param("answer", "accepted")
                .with(officer()).with(csrf()));
        assertThat(accepted.getResponse().getStatus()).isEqualTo(302);

        var wrongAmount = perform(date(post("/cases/" + id + "/remedies/1/0/payment"), "on", LocalDate.of(2026, 6, 1)).param("amount", "250")
                .with(officer()).with(csrf()));
        assertThat(wrongAmount.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrongAmount.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("differs from the £300.00 offered", "value=\"250\"");

        var paid = perform(date(post("/cases/" + id + "/remedies/1/0/payment"), "on", LocalDate.of(2026, 6, 1)).param("amount", "300.00")
                .param("reference", "BACS-" + tag).with(officer()).with(csrf()));
        assertThat(paid.getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/cases/" + id + "/remedies", officer())).contains("Paid", "BACS-" + tag, "1 June 2026");

        var lesson = perform(post("/cases/" + id + "/learning").param("lesson", "Damp reports need a visit within 10 days " + tag)
                .with(officer()).with(csrf()));
        assertThat(lesson.getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/cases/" + id + "/learning", officer())).contains("Damp reports need a visit within 10 days " + tag);
        assertThat(page("/cases/" + id, officer())).contains("Damp reports need a visit within 10 days " + tag, "Paid £300.00 on 1 June 2026");

        var missing = perform(get("/cases/" + UUID.randomUUID() + "/remedies").with(officer()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Not found");

        var blank = perform(post("/cases/" + id + "/learning").param("lesson", " ").with(officer()).with(csrf()));
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Enter what was learned from this complaint");
    }
}

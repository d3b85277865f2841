package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

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

/** The Ombudsman pages driven as a browser without JavaScript would: GET pages, POST forms, errors shown with what was typed. */
@WithDatabase
class OmbudsmanPagesTest {

    static final String OFFICER = "omb.pages.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    OmbudsmanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OmbudsmanFixtures(new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER"), OFFICER);
        // Tuesday 2 December 2025
        clock.set(LocalDate.of(2025, 12, 2).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    static RequestPostProcessor officer() {
        return user(OFFICER).roles("COMPLAINTS_OFFICER");
    }

    static RequestPostProcessor board() {
        return user("omb.pages.board").roles("GOVERNANCE_VIEWER");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = perform(get(path).with(who));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return html(result);
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String name, String day, String month, String year) {
        return request.param(name + ".day", day).param(name + ".month", month).param(name + ".year", year);
    }

    @Test
    void provision_9_7_c_a_case_is_recorded_determined_ordered_and_complied_with_through_the_pages() throws Exception {
        String tag = OmbudsmanFixtures.tag();
        String complaint = fixtures.complaint(LocalDate.of(2025, 7, 1), "Resident " + tag);

        // missing date and unknown complaint: errors, with what was typed kept
        var failed = perform(post("/ombudsman").with(officer()).with(csrf()).param("ombudsmanReference", "HOS-PG-" + tag)
                .param("complaintReference", "CMP-1999-00000"));
        assertThat(failed.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(failed)).contains("There is a problem", "Enter the date the Ombudsman took the case on", "value=\"HOS-PG-" + tag + "\"",
                "href=\"#referredOn\"");
        var unknown = perform(date(post("/ombudsman").with(officer()).with(csrf()).param("ombudsmanReference", "HOS-PG-" + tag)
                .param("complaintReference", "CMP-1999-00000"), "referredOn", "1", "10", "2025"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(unknown)).contains("There is no complaint with the reference CMP-1999-00000", "href=\"#complaintReference\"",
                "value=\"1\"", "value=\"2025\"");

        var created = perform(date(post("/ombudsman").with(officer()).with(csrf()).param("ombudsmanReference", "HOS-PG-" + tag)
                .param("complaintReference", complaint), "referredOn", "1", "10", "2025"));
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String casePath = created.getResponse().getRedirectedUrl();
        assertThat(casePath).startsWith("/ombudsman/");

        String fresh = page(casePath, officer());
        assertThat(fresh).contains("Ombudsman case HOS-PG-" + tag, complaint, "1 October 2025", ">Referred<", "Record the determination");

        // a finding without its element, then a determination before the referral, then the real one
        var noElement = perform(date(post(casePath + "/determination").with(officer()).with(csrf()), "determinedOn", "10", "11", "2025")
                .param("element-0-finding", "MALADMINISTRATION"));
        assertThat(noElement.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noElement)).contains("Describe element 1", "href=\"#element-0-description\"");
        var early = perform(date(post(casePath + "/determination").with(officer()).with(csrf()), "determinedOn", "30", "9", "2025")
                .param("element-0-description", "Damp repairs " + tag).param("element-0-finding", "MALADMINISTRATION"));
        assertThat(early.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(early)).contains("cannot be before the case was referred", "value=\"Damp repairs " + tag + "\"");
        var determined = perform(date(post(casePath + "/determination").with(officer()).with(csrf()), "determinedOn", "10", "11", "2025")
                .param("element-0-description", "Damp repairs " + tag).param("element-0-finding", "MALADMINISTRATION")
                .param("element-2-description", "Complaint handling " + tag).param("element-2-finding", "SERVICE_FAILURE"));
        assertThat(determined.getResponse().getStatus()).isEqualTo(302);

        // an order due before the determination is refused on its field
        var dueEarly = perform(date(post(casePath + "/orders").with(officer()).with(csrf()).param("kind", "ORDER")
                .param("description", "Pay £350 " + tag), "dueOn", "9", "11", "2025"));
        assertThat(dueEarly.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(dueEarly)).contains("The due date cannot be before the determination (2025-11-10)", "href=\"#order-dueOn\"",
                "Pay £350 " + tag);
        assertThat(perform(date(post(casePath + "/orders").with(officer()).with(csrf()).param("kind", "ORDER")
                .param("description", "Pay £350 " + tag), "dueOn", "1", "12", "2025")).getResponse().getStatus()).isEqualTo(302);
        assertThat(perform(date(post(casePath + "/orders").with(officer()).with(csrf()).param("kind", "ORDER")
                .param("description", "Apologise " + tag), "dueOn", "8", "12", "2025")).getResponse().getStatus()).isEqualTo(302);

        String withOrders = page(casePath, officer());
        assertThat(withOrders).contains("Damp repairs " + tag, "Complaint handling " + tag, ">Maladministration<", ">Service failure<",
                "Pay £350 " + tag, ">Overdue<", "One order is past its due date");
        String payOrder = between(withOrders, "id=\"order-", "\"", "Pay £350 " + tag);

        var compliedEarly = perform(date(post(casePath + "/orders/" + payOrder + "/compliance").with(officer()).with(csrf())
                .param("evidence", "BACS 9921"), "compliedOn", "9", "11", "2025"));
        assertThat(compliedEarly.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(compliedEarly)).contains("The compliance date cannot be before the determination (2025-11-10)",
                "href=\"#comply-" + payOrder + "-compliedOn\"", "BACS 9921");
        assertThat(perform(date(post(casePath + "/orders/" + payOrder + "/compliance").with(officer()).with(csrf())
                .param("evidence", "BACS 9921"), "compliedOn", "2", "12", "2025")).getResponse().getStatus()).isEqualTo(302);

        String complied = page(casePath, officer());
        assertThat(complied).contains("BACS 9921", "2 December 2025, after the due date", ">Complied<").doesNotContain("One order is past");

        // the register lists it; the governing body reads without forms
        String register = page("/ombudsman?year=2025", board());
        assertThat(register).contains("HOS-PG-" + tag, complaint, ">Determined<", "This reporting year").doesNotContain("Record a new case");
        String boardView = page(casePath, board());
        assertThat(boardView).contains("Pay £350 " + tag, "BACS 9921").doesNotContain("Record compliance").doesNotContain("<form method=\"post\" action=\"" + casePath);
        assertThat(perform(date(post(casePath + "/orders/" + payOrder + "/compliance").with(board()).with(csrf())
                .param("evidence", "x"), "compliedOn", "2", "12", "2025")).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/ombudsman/new").with(board())).getResponse().getStatus()).isEqualTo(403);

        // the complaint's case page lists its Ombudsman case
        String complaintId = between(complied, "href=\"/cases/", "\"", null);
        String casePage = page("/cases/" + complaintId, board());
        assertThat(casePage).contains("Housing Ombudsman", "Ombudsman case HOS-PG-" + tag, "Damp repairs " + tag + " – maladministration");
        assertThat(page("/ombudsman/new?complaintId=" + complaintId, officer())).contains("value=\"" + complaint + "\"");
    }

    @Test
    void the_register_puts_cases_with_overdue_orders_first_and_shows_their_alerts() throws Exception {
        String tag = OmbudsmanFixtures.tag();
        String quiet = fixtures.referredCase("HOS-PQ-" + tag, LocalDate.of(2025, 11, 20));
        String late = fixtures.referredCase("HOS-PL-" + tag, LocalDate.of(2025, 6, 2));
        fixtures.addOrder(late, "COMPLAINT_HANDLING_FAILURE_ORDER", "Respond at stage 2 " + tag, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 24));
        String html = page("/ombudsman", officer());
        assertThat(html.indexOf("HOS-PL-" + tag)).isPositive().isLessThan(html.indexOf("HOS-PQ-" + tag));
        assertThat(html).contains("Record a new case", "1 overdue");
        assertThat(quiet).isNotBlank();
        assertThat(perform(get("/ombudsman/" + java.util.UUID.randomUUID()).with(officer())).getResponse().getStatus()).isEqualTo(404);
    }

    /** The text between {@code start} and {@code end} at the last {@code start} before {@code anchor} (or the first). */
    private static String between(String html, String start, String end, String anchor) {
        int limit = anchor == null ? html.length() : html.indexOf(anchor);
        int from = html.lastIndexOf(start, limit) + start.length();
        return html.substring(from, html.indexOf(end, from));
    }
}

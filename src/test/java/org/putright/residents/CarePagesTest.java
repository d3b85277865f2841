package org.putright.residents;

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
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The adjustments, restrictions and reviews pages, as a browser without JavaScript uses them. */
@WithDatabase
class CarePagesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    @Autowired
    Adjustments adjustments;

    Api api;
    CareFixtures.Linked linked;

    static final RequestPostProcessor OFFICER = user("page.officer").roles("COMPLAINTS_OFFICER");
    static final RequestPostProcessor VIEWER = user("page.viewer").roles("GOVERNANCE_VIEWER");

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("page.officer", "COMPLAINTS_OFFICER").staff("page.manager", "MANAGER");
        linked = CareFixtures.resident(api.as("page.officer"), residents, "Page Resident", today().minusDays(3));
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String name, LocalDate date) {
        return request.param(name + ".day", String.valueOf(date.getDayOfMonth())).param(name + ".month", String.valueOf(date.getMonthValue()))
                .param(name + ".year", String.valueOf(date.getYear()));
    }

    @Test
    void adjustments_are_added_on_the_page_with_errors_shown_and_input_kept() throws Exception {
        String path = "/residents/" + linked.residentId() + "/adjustments";
        MvcResult empty = perform(get(path).with(OFFICER));
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        LocalDate suggested = today().plusMonths(6);
        assertThat(html(empty)).contains("Page Resident").contains("No adjustments are in place").contains("British Sign Language")
                .contains("Say which language in the detail").contains("value=\"" + suggested.getYear() + "\"");

        MvcResult missing = perform(date(post(path), "agreedOn", today()).param("kind", "TRANSLATION").param("detail", "")
                .param("reviewOn.day", "31").param("reviewOn.month", "2").param("reviewOn.year", "2027").with(OFFICER).with(csrf()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(missing)).contains("There is a problem").contains("href=\"#reviewOn\"").contains("The review date must be a real date")
                .contains("value=\"31\"").containsPattern("value=\"TRANSLATION\"[^>]*checked");

        MvcResult noDetail = perform(date(date(post(path), "agreedOn", today()), "reviewOn", today().plusMonths(6)).param("kind", "TRANSLATION")
                .with(OFFICER).with(csrf()));
        assertThat(noDetail.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noDetail)).contains("href=\"#detail\"").contains("say which language in the detail");

        MvcResult added = perform(date(date(post(path), "agreedOn", today()), "reviewOn", today().plusMonths(6)).param("kind", "TRANSLATION")
                .param("detail", "Urdu").with(OFFICER).with(csrf()));
        assertThat(added.getResponse().getStatus()).as(html(added)).isEqualTo(302);
        Adjustments.Adjustment adjustment = adjustments.activeFor(linked.residentId(), today()).get(0);
        assertThat(adjustment.detail()).isEqualTo("Urdu");
        assertThat(adjustment.agreedBy()).isEqualTo("page.officer");

        // a review with no outcome is refused on the page; one with an outcome moves the date on
        String reviewPath = path + "/" + adjustment.id() + "/reviews";
        MvcResult noOutcome = perform(date(post(reviewPath), "reviewedOn", today()).param("notes", "Spoke to the resident").with(OFFICER).with(csrf()));
        assertThat(noOutcome.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noOutcome)).contains("href=\"#review-" + adjustment.id() + "-outcome\"").contains("Spoke to the resident");
        MvcResult reviewed = perform(date(date(post(reviewPath), "reviewedOn", today()), "nextReviewOn", today().plusMonths(4))
                .param("outcome", "CONTINUE").param("notes", "Still needed").with(OFFICER).with(csrf()));
        assertThat(reviewed.getResponse().getStatus()).as(html(reviewed)).isEqualTo(302);
        assertThat(adjustments.get(adjustment.id()).reviewOn()).isEqualTo(today().plusMonths(4));

        String shown = html(perform(get(path).with(VIEWER)));
        assertThat(shown).contains("Translation").contains("Urdu").contains("Still needed").doesNotContain("Record an agreed adjustment");
        assertThat(perform(date(post(path), "agreedOn", today()).param("kind", "AUDIO").with(VIEWER).with(csrf())).getResponse().getStatus())
                .isEqualTo(403);

        String casePage = html(perform(get("/cases/" + linked.complaintId()).with(VIEWER)));
        assertThat(casePage).contains("Reasonable adjustments").contains("Urdu").contains(path);
    }

    @Test
    void restrictions_are_recorded_on_the_page_and_a_self_approval_is_refused_there() throws Exception {
        String path = "/residents/" + linked.residentId() + "/restrictions";
        MvcResult page = perform(get(path).with(OFFICER));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(page)).contains("never stops them making a complaint").contains("No contact restrictions have been recorded")
                .contains("page.manager");

        MockHttpServletRequestBuilder form = date(date(date(post(path), "approvedOn", today()), "startsOn", today()), "reviewOn",
                today().plusMonths(2)).param("kinds", "WRITTEN_CONTACT_ONLY").param("kinds", "NO_VISITS_WITHOUT_APPOINTMENT")
                .param("behaviour", "Shouting at reception staff on three visits").param("evidence", "Incident reports 4, 9 and 12 March")
                .param("proportionateBecause", "Letters and email still reach us").param("equalityConsiderations", "Asked about support needs; none given");
        MvcResult self = perform(form.param("approvedBy", "page.manager").with(user("page.manager").roles("MANAGER")).with(csrf()));
        assertThat(self.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(self)).contains("href=\"#approvedBy\"").contains("cannot approve it").contains("Shouting at reception staff");

        MvcResult missing = perform(post(path).param("behaviour", "Typed behaviour").with(OFFICER).with(csrf()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(missing)).contains("href=\"#kinds\"").contains("href=\"#evidence\"").contains("href=\"#reviewOn\"").contains("Typed behaviour");

        MvcResult recorded = perform(date(date(date(post(path), "approvedOn", today()), "startsOn", today()), "reviewOn", today().plusMonths(2))
                .param("kinds", "WRITTEN_CONTACT_ONLY").param("behaviour", "Shouting at reception staff").param("evidence", "Incident reports")
                .param("proportionateBecause", "Letters still reach us").param("equalityConsiderations", "None disclosed")
                .param("approvedBy", "page.manager").with(OFFICER).with(csrf()));
        assertThat(recorded.getResponse().getStatus()).as(html(recorded)).isEqualTo(302);
        assertThat(html(perform(get(path).with(VIEWER)))).contains("Written contact only").contains("Active").contains("Shouting at reception staff")
                .doesNotContain("Record a contact restriction");
    }

    @Test
    void the_reviews_page_lists_reviews_due_soonest_first_with_their_tags() throws Exception {
        String name = CareFixtures.unique("Queue Resident");
        var queued = CareFixtures.resident(api.as("page.officer"), residents, name, today().minusDays(3));
        Api.Response agreed = api.as("page.officer").post("/api/v1/residents/" + queued.residentId() + "/adjustments", java.util.Map.of("kind",
                "LARGE_PRINT", "agreedOn", today().toString(), "reviewOn", today().toString()));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(201);

        String page = html(perform(get("/reviews").param("within", "10").with(VIEWER)));

        assertThat(page).contains("Reviews due").contains(name).contains("/residents/" + queued.residentId())
                .contains("Adjustment: Large print").contains("Due soon");
        assertThat(html(perform(get("/reviews").param("within", "not a number").with(VIEWER)))).contains("value=\"5\"");
        UUID unknown = UUID.randomUUID();
        assertThat(perform(get("/residents/" + unknown + "/adjustments").with(OFFICER)).getResponse().getStatus()).isEqualTo(404);
    }
}

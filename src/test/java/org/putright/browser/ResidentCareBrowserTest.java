package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDays;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #5 in a real browser: the work queue puts a resident at risk first (6.1), and the case page shows who the
 * resident is, who acts for them (3.6), the adjustments agreed with them (5.10) and their history; the residents pages
 * around it are walked too. Every page is axe-checked (WCAG 2.2 AA) and photographed under target/screenshots.
 */
@InBrowser
class ResidentCareBrowserTest {

    static final String OFFICER = "care.browser.officer";
    static final String MANAGER = "care.browser.manager";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    WorkingDays workingDays;

    @Test
    void the_queue_puts_residents_at_risk_first_and_the_case_shows_adjustments_representative_and_history(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(MANAGER, "MANAGER");
        Api.Session officer = api.as(OFFICER);
        LocalDate today = workingDays.today();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String surname = "Careful" + tag;
        String tenancy = "T-BR-" + tag;

        // an earlier service request from the same home, out of the queue: history (2022 Code 5.4)
        String earlier = log(officer, "Olive " + surname, tenancy, today.minusDays(60), "The kitchen tap has leaked since the summer.");
        Api.Response triaged = officer.post("/api/v1/complaints/" + earlier + "/triage", Map.of("outcome", "SERVICE_REQUEST", "reasons",
                "A repair request: the tap has not been reported before.", "residentToldOfRightToComplain", true));
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        // the unflagged case is older, so its deadline comes first; the flagged one must still lead the queue
        String unflagged = log(officer, "Arthur " + surname, null, today.minusDays(3), "The communal door does not close.");
        String flagged = log(officer, "Olive " + surname, tenancy, today.minusDays(1),
                "We have had no heating for nine days and my husband is on oxygen.");
        Api.Response flags = officer.put("/api/v1/complaints/" + flagged + "/risk-flags",
                Map.of("flags", List.of("NO_HEATING_OR_HOT_WATER", "HEALTH_MADE_WORSE"), "notes", "Husband uses home oxygen."));
        assertThat(flags.status()).as(flags.toString()).isEqualTo(200);

        String resident = officer.get("/api/v1/residents?q=" + tenancy).body().get(0).get("id").asString();
        Api.Response adjustment = officer.post("/api/v1/residents/" + resident + "/adjustments", Map.of("kind", "LARGE_PRINT",
                "detail", "16 point, on cream paper", "agreedOn", today.toString(), "reviewOn", today.plusDays(2).toString()));
        assertThat(adjustment.status()).as(adjustment.toString()).isEqualTo(201);
        Api.Response representative = officer.post("/api/v1/residents/" + resident + "/representatives", Map.of("name",
                "Priya Advocate " + tag, "relationship", "ADVOCATE", "organisation", "Leeds Citizens Advice", "email",
                "priya." + tag + "@example.org", "consentStatus", "GIVEN", "consentHow", "IN_WRITING", "consentGivenOn",
                today.toString(), "scope", "ALL_COMPLAINTS", "correspondenceTo", "REPRESENTATIVE_AND_RESIDENT"));
        assertThat(representative.status()).as(representative.toString()).isEqualTo(201);

        Page page = browser.page();
        browser.signIn(OFFICER, Api.STAFF_PASSWORD);

        // the work queue: the flagged case first, tagged Priority with its flags, though its deadline is later
        browser.open("/cases?view=all&q=" + surname.toLowerCase());
        Locator rows = page.locator("table.govuk-table tbody tr");
        assertThat(rows.count()).isEqualTo(2);
        assertThat(rows.nth(0).textContent()).contains("Priority", "No heating or hot water");
        assertThat(rows.nth(0).locator("a").first().getAttribute("href")).endsWith(flagged);
        assertThat(rows.nth(1).locator("a").first().getAttribute("href")).endsWith(unflagged);
        assertThat(rows.nth(1).textContent()).doesNotContain("Priority");
        browser.checkAccessibility("residents-queue-priority");

        // the case: resident, representative, adjustments, history
        browser.open("/cases/" + flagged);
        String main = page.locator("main").textContent();
        assertThat(main).contains("Priority", "No heating or hot water");
        assertThat(section(page, "resident-record")).contains("Olive " + surname, tenancy);
        assertThat(section(page, "representative")).contains("Priya Advocate " + tag, "Leeds Citizens Advice");
        assertThat(section(page, "reasonable-adjustments")).contains("Large print", "16 point, on cream paper");
        assertThat(section(page, "resident-history")).contains(reference(officer, earlier)).doesNotContain(reference(officer, unflagged));
        browser.checkAccessibility("residents-case-page");

        // the resident's own pages around the case
        browser.open("/residents/" + resident);
        assertThat(page.locator("main").textContent()).contains("Olive " + surname, reference(officer, earlier));
        browser.checkAccessibility("residents-record");
        browser.open("/residents/" + resident + "/adjustments");
        browser.checkAccessibility("residents-adjustments");
        browser.open("/residents/" + resident + "/representatives");
        browser.checkAccessibility("residents-representatives");
        browser.open("/residents/" + resident + "/restrictions");
        browser.checkAccessibility("residents-restrictions");
        browser.open("/residents/" + resident + "/subject-access");
        browser.checkAccessibility("residents-subject-access");

        // the adjustment's review falls due within the window: it is on the reviews queue
        browser.open("/reviews");
        assertThat(page.locator("main").textContent()).contains("Olive " + surname);
        browser.checkAccessibility("residents-reviews-due");
    }

    /** A case-page section contributed by another module, by its id. */
    private static String section(Page page, String id) {
        return page.locator("section#" + id).textContent();
    }

    private static String log(Api.Session officer, String name, String tenancy, LocalDate receivedOn, String words) {
        Map<String, Object> resident = tenancy == null ? Map.of("name", name) : Map.of("name", name, "tenancyReference", tenancy,
                "postcode", "LS7 3QD");
        Api.Response created = officer.post("/api/v1/complaints", Map.of("receivedAt", receivedOn + "T10:15:00Z", "channel", "PHONE",
                "resident", resident, "description", words));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    private static String reference(Api.Session officer, String id) {
        return officer.get("/api/v1/complaints/" + id).text("/reference");
    }
}

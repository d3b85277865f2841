package org.putright.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** Risk flags, the 6.1 prompt and the legal hold in a real browser, each state axe-checked (WCAG 2.2 AA). */
@InBrowser
class RiskBrowserTest {

    static final String OFFICER = "risk.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void an_officer_sees_a_priority_case_first_answers_the_6_1_prompt_and_places_a_legal_hold(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        String tenancy = "TB-" + UUID.randomUUID().toString().substring(0, 8);
        String receivedAt = ZonedDateTime.now(ZoneId.of("Europe/London")).minusHours(1).withNano(0).toOffsetDateTime().toString();
        var created = api.as(OFFICER).post("/api/v1/complaints", Map.of("receivedAt", receivedAt, "channel", "PHONE",
                "resident", Map.of("name", "Browser Resident " + tenancy, "tenancyReference", tenancy), "description",
                "No hot water and my daughter is unwell.", "riskFlags", List.of("NO_HEATING_OR_HOT_WATER", "HEALTH_MADE_WORSE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        Page page = browser.page();

        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/cases?view=all&priority=yes&q=" + tenancy);
        assertThat(page.locator("tbody").textContent()).contains("Priority", "No heating or hot water; A health condition made worse by the issue");
        browser.checkAccessibility("risk-queue-priority");

        browser.open("/cases/" + id);
        assertThat(page.locator("#early-resolution").textContent()).contains("Can this complaint be resolved early?");
        browser.checkAccessibility("risk-case-prompt");
        page.check("#early-resolution-answer");
        page.click("#early-resolution-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("risk-case-prompt-error");
        page.fill("#early-resolution-notes", "An immersion heater fitted today settles it; call back on Friday.");
        page.click("#early-resolution-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        assertThat(page.locator("#early-resolution").count()).isZero();
        assertThat(page.locator("#risk-summary").textContent()).contains("Early resolution considered (6.1): it can be resolved early");

        page.locator("summary:has-text('Place a legal hold')").click();
        page.fill("#legal-hold-reason", "Disrepair claim issued");
        page.click("#legal-hold-form button[type=submit]");
        page.waitForSelector("#legal-hold");
        assertThat(page.locator("#case-tags").textContent()).contains("Priority", "Held: legal hold", "Disrepair claim issued");
        browser.checkAccessibility("risk-case-held");
    }
}

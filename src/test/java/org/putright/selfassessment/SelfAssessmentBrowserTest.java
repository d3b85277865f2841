package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The self-assessment pages in a real browser, each state axe-checked (WCAG 2.2 AA) and photographed under target/screenshots. */
@InBrowser
@Import(FakeEvidence.class)
class SelfAssessmentBrowserTest {

    static final String OFFICER = "sa.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void an_officer_goes_from_the_list_to_an_assessment_answers_a_provision_and_opens_the_sign_off(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        var created = api.as(OFFICER).post("/api/v1/self-assessments", Map.of("codeVersion", "2024", "periodStart", "2051-04-01",
                "periodEnd", "2052-03-28", "reason", "ANNUAL", "fresh", true));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("/id");
        api.as(OFFICER).post("/api/v1/self-assessments/" + id + "/provisions/3.1/actions",
                Map.of("description", "Reprint the complaints leaflet", "owner", "Communications Manager", "targetDate", "2051-06-30"));
        Page page = browser.page();

        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/self-assessments");
        assertThat(page.locator("nav").textContent()).contains("Self-assessment");
        assertThat(page.locator("#assessments").textContent()).contains("1 April 2051 to 28 March 2052");
        browser.checkAccessibility("self-assessment-list");

        page.click("#assessments a:has-text('1 April 2051 to 28 March 2052')");
        page.waitForSelector("h1:has-text('Self-assessment 1 April 2051 to 28 March 2052')");
        assertThat(page.locator("#provision-6-2").textContent()).contains("78 of 100");
        assertThat(page.locator("#provision-3-1").textContent()).contains("Reprint the complaints leaflet", "Communications Manager");
        browser.checkAccessibility("self-assessment-assessment");

        page.click("#provision-6-2 th a");
        page.waitForSelector("h1:has-text('Provision 6.2')");
        page.check("#comply");
        page.fill("#evidence", "Acknowledgement report 2051/52");
        page.click("#answer-form button[type=submit]");
        page.waitForSelector("#contradiction-warning");
        assertThat(page.locator("#provision-6-2").textContent()).contains("Contradicted");

        page.click("#provision-6-2 th a");
        page.waitForSelector("#contradiction");
        page.check("#confirmedDespiteEvidence");
        page.click("#answer-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Explain in the commentary");
        assertThat(page.inputValue("#evidence")).isEqualTo("Acknowledgement report 2051/52");
        browser.checkAccessibility("self-assessment-provision-error");

        browser.open("/self-assessments/" + id + "/sign-off");
        assertThat(page.locator("#contradictions").textContent()).contains("6.2", "Not reviewed");
        page.click("#sign-off-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the date of the sign-off");
        browser.checkAccessibility("self-assessment-sign-off");
    }
}

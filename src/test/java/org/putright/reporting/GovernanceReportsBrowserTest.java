package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly and annual reports in a real browser, as the governing body reads them: axe-checked (WCAG 2.2 AA) and
 * photographed, with the web version to publish. Complaints dated April to June 2048, which only this test uses.
 */
@InBrowser
class GovernanceReportsBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void a_governance_viewer_reads_the_quarterly_and_annual_reports_and_the_version_to_publish(Browser browser) {
        clock.set(LocalDate.of(2048, 7, 20).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        FigureFixture fixture = new FigureFixture(new Api(mvc, json), "gb" + UUID.randomUUID().toString().substring(0, 6));
        String[] areas = { "REPAIRS", "DAMP_AND_MOULD", "REPAIRS", "ANTI_SOCIAL_BEHAVIOUR", "DAMP_AND_MOULD", "REPAIRS" };
        for (int i = 0; i < areas.length; i++) {
            LocalDate received = LocalDate.of(2048, 4, 3).plusDays(i * 12L);
            String id = fixture.receive(received, "GB-" + i);
            fixture.categorise(id, areas[i], "DELAY", "REPAIRS_TEAM");
            fixture.acknowledge(id, received.plusDays(i % 3 == 2 ? 8 : 1), FigureFixture.OFFICER);
            fixture.respond(id, FigureFixture.OFFICER, received.plusDays(9), i % 2 == 0 ? "UPHELD" : "NOT_UPHELD", i % 2 == 0 ? 75 : 0, null);
        }
        Page page = browser.page();
        browser.signIn(FigureFixture.VIEWER, Api.STAFF_PASSWORD);

        browser.open("/reports/quarterly?quarter=2048-Q1");
        assertThat(page.locator("h1").textContent()).isEqualTo("Complaints report for the governing body");
        assertThat(page.locator("#period").textContent()).isEqualTo("Quarter 1 of 2048/49 (April to June 2048)");
        assertThat(page.locator("#summary li").first().textContent()).startsWith("6 complaints received at stage 1");
        assertThat(page.locator("svg#chart-months title").textContent()).isEqualTo("Complaints received each month, by stage");
        assertThat(page.locator("#edit-text").count()).isZero();
        browser.checkAccessibility("reports-quarterly");
        page.locator("#volumes").screenshot(new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("reports-quarterly-volumes.png")));

        browser.open("/reports/annual?year=2048");
        assertThat(page.locator("h2").allTextContents()).containsSubsequence("a) Self-assessment against the Complaint Handling Code",
                "b) Analysis of our complaint handling performance", "c) Findings of non-compliance with the Code by the Ombudsman",
                "d) Service improvements made from learning from complaints", "e) The Ombudsman's annual report about our performance",
                "f) Other relevant reports and publications by the Ombudsman", "The governing body's response");
        assertThat(page.locator("#self-assessment").textContent()).contains("No self-assessment against the Code is recorded");
        browser.checkAccessibility("reports-annual");

        browser.open("/reports/annual/2048.html");
        assertThat(page.locator(".govuk-service-navigation").count()).isZero();
        assertThat(page.locator("main h1").textContent()).isEqualTo("Annual complaints performance and service improvement report 2048/49");
        browser.checkAccessibility("reports-annual-publish");

        browser.open("/reports/dashboard?from=2048-04-01&to=2048-06-30");
        assertThat(page.locator("#ombudsman-summary").textContent()).contains("Cases referred to the Ombudsman");
        assertThat(page.locator("#report-links").textContent()).contains("Quarter 1 of 2048/49");
        browser.checkAccessibility("reports-dashboard-ombudsman");
    }

    @Test
    void a_manager_writes_the_text_and_a_mistake_in_the_response_comes_back_in_the_error_summary(Browser browser) {
        clock.set(LocalDate.of(2048, 7, 20).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        new FigureFixture(new Api(mvc, json), "gm");
        Page page = browser.page();
        browser.signIn(FigureFixture.MANAGER, Api.STAFF_PASSWORD);
        browser.open("/reports/quarterly?quarter=2048-Q1");
        page.click("#edit-text");
        page.fill("#commentary", "Damp complaints are the theme of the quarter.");
        page.click("#text-form button[type=submit]");
        page.waitForSelector("#commentary-heading");
        assertThat(page.locator("#commentary").textContent()).contains("Damp complaints are the theme of the quarter.");

        page.click("#edit-text");
        page.fill("#governingBodyResponse", "The board asks for a damp plan.");
        page.fill("#consideredOn", "40");
        page.fill("#consideredOn-month", "7");
        page.fill("#consideredOn-year", "2048");
        page.click("#response-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("The date must be a real date");
        assertThat(page.locator("#governingBodyResponse").inputValue()).isEqualTo("The board asks for a damp plan.");
        browser.checkAccessibility("reports-text-error");
        page.fill("#consideredOn", "15");
        page.click("#response-form button[type=submit]");
        page.waitForSelector("#response-heading");
        assertThat(page.locator("#response").textContent()).contains("15 July 2048", "The board asks for a damp plan.");
    }
}

package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The governing body's dashboard in a real browser, as a governance viewer: axe-checked (WCAG 2.2 AA) and photographed. */
@InBrowser
class DashboardBrowserTest {

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
    void a_governance_viewer_reads_a_reporting_year_and_chooses_another_period(Browser browser) {
        // the reporting year 2045 to 2046, which no other test uses
        clock.set(Instant.parse("2046-03-31T12:00:00Z"));
        FigureFixture fixture = new FigureFixture(new Api(mvc, json), "b" + UUID.randomUUID().toString().substring(0, 6));
        int made = fixture.reportingYear(2045, LocalDate.of(2046, 3, 31));
        clock.reset();
        Page page = browser.page();

        browser.signIn(FigureFixture.VIEWER, Api.STAFF_PASSWORD);
        browser.open("/reports/dashboard?from=2045-04-01&to=2046-03-31");
        assertThat(page.locator("#period").textContent()).contains("1 April 2045 to 31 March 2046");
        // every complaint the fixture made was received at stage 1 in the year (refused ones included)
        assertThat(page.locator(".putright-headline__number").first().textContent()).isEqualTo(Integer.toString(made));
        assertThat(page.locator("svg#chart-trend title").textContent()).isEqualTo("Complaints received each month, by stage");
        assertThat(page.locator("#rising").textContent()).contains("Damp and mould");
        browser.checkAccessibility("reports-dashboard");
        // close-ups of the charts, for reading them at their real size
        page.locator("#chart-trend").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("reports-dashboard-trend.png")));
        page.locator("#chart-causes").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("reports-dashboard-causes.png")));

        // the data behind a chart, opened without JavaScript's help
        page.locator("#trend ~ details summary").first().click();
        assertThat(page.locator("#table-months").textContent()).contains("Apr 2045", "Mar 2046");

        // typed dates, one of them impossible: the GOV.UK error summary, and each field says what is wrong
        page.fill("#from", "30");
        page.fill("#from-month", "2");
        page.fill("#from-year", "2046");
        page.click("#period-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("The start date must be a real date");
        browser.checkAccessibility("reports-dashboard-error");

        page.fill("#from", "1");
        page.fill("#from-month", "1");
        page.fill("#from-year", "2046");
        page.fill("#to", "31");
        page.fill("#to-month", "3");
        page.fill("#to-year", "2046");
        page.click("#period-form button[type=submit]");
        page.waitForSelector("#period");
        assertThat(page.locator("#period").textContent()).contains("1 January 2046 to 31 March 2046");
    }
}

package org.putright.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDays;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The putting-things-right pages in a real browser, each state axe-checked (WCAG 2.2 AA) and photographed. */
@InBrowser
class PuttingThingsRightBrowserTest {

    static final String OFFICER = "ptr.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    RemedyAlerts alerts;

    @Test
    void an_officer_follows_promises_remedies_learning_and_improvements(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        LocalDate today = workingDays.today();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = new RespondedCases(api, OFFICER)
                .remedy("APOLOGY", "We apologise " + tag, null)
                .remedy("FINANCIAL", "£180 for the leak " + tag, Map.of("quantifiableLoss", 30, "distressAndInconvenience", 150))
                .action("Fix the gutter " + tag, today.minusDays(1), "Repairs Manager " + tag)
                .action("Write to confirm " + tag, today.plusDays(1), "Complaints Team " + tag)
                .respond("Browser Resident " + tag, today.minusDays(30), today.minusDays(3));
        alerts.raiseDue();
        Page page = browser.page();

        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/promises");
        page.selectOption("#owner", "Repairs Manager " + tag);
        page.click("form[action$='/promises'] button[type=submit]");
        page.waitForSelector("td:has-text('Fix the gutter " + tag + "')");
        assertThat(page.locator("main").textContent()).contains("OVERDUE").doesNotContain("Write to confirm " + tag);
        browser.checkAccessibility("remedies-promises");

        browser.open("/cases/" + id);
        assertThat(page.locator("#putting-things-right").textContent()).contains("Putting things right", "Fix the gutter " + tag);
        browser.checkAccessibility("remedies-case-section");

        browser.open("/cases/" + id + "/remedies");
        browser.checkAccessibility("remedies-case-remedies");
        page.click("#accept-1-1 button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("remedies-case-remedies-error");
        page.check("#accept-1-1-answer");
        page.fill("#accept-1-1-on", String.valueOf(today.getDayOfMonth()));
        page.fill("#accept-1-1-on-month", String.valueOf(today.getMonthValue()));
        page.fill("#accept-1-1-on-year", String.valueOf(today.getYear()));
        page.click("#accept-1-1 button[type=submit]");
        page.waitForSelector("#pay-1-1");
        browser.checkAccessibility("remedies-case-remedies-accepted");

        browser.open("/improvements");
        page.fill("#title", "Gutter checks each autumn " + tag);
        page.click("#improvement-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("remedies-improvements-error");
        page.fill("#description", "Inspect gutters on every block each October.");
        page.fill("#owner", "Planned Maintenance Manager");
        page.click("#improvement-form button[type=submit]");
        page.waitForSelector("h2:has-text('Gutter checks each autumn " + tag + "')");
        browser.checkAccessibility("remedies-improvements");

        browser.open("/cases/" + id + "/learning");
        page.fill("#lesson", "Gutter reports were closed without a visit " + tag);
        page.locator("label:has-text('Gutter checks each autumn " + tag + "')").click();
        page.click("#learning-form button[type=submit]");
        page.waitForSelector(".govuk-inset-text:has-text('Gutter reports were closed without a visit " + tag + "')");
        assertThat(page.locator(".govuk-inset-text").last().textContent()).contains("Gutter checks each autumn " + tag);
        browser.checkAccessibility("remedies-case-learning");
    }
}

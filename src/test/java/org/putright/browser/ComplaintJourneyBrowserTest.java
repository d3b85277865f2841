package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDays;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole two-stage journey in a real browser: a resident complains at the front door, an officer acknowledges,
 * defines and responds, the resident asks for stage 2, and a different officer (6.13) responds. Every page is
 * axe-checked and photographed.
 */
@InBrowser
class ComplaintJourneyBrowserTest {

    static final String FIRST = "journey.first.officer";
    static final String SECOND = "journey.second.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    WorkingDays workingDays;

    @BeforeEach
    void staff() {
        new Api(mvc, json).staff(FIRST, "COMPLAINTS_OFFICER").staff(SECOND, "COMPLAINTS_OFFICER");
    }

    @Test
    void a_complaint_goes_from_the_front_door_through_both_stages(Browser browser) {
        Page page = browser.page();
        LocalDate today = workingDays.today();

        // the resident
        String reference = makeComplaint(browser, "Journey Resident", "JR1 5ST");

        // stage 1: acknowledge and define, then respond
        browser.signIn(FIRST, Api.STAFF_PASSWORD);
        browser.open("/cases?view=all&q=" + reference);
        browser.checkAccessibility("work-queue");
        page.locator("table a:has-text('" + reference + "')").click();
        page.waitForSelector("h1:has-text('" + reference + "')");
        browser.checkAccessibility("case-page-new");

        page.locator("summary:has-text('Acknowledge')").first().click();
        date(page, "acknowledge-date", today);
        page.selectOption("#acknowledge-handler", FIRST);
        page.fill("#acknowledge-summary", "The kitchen tap has leaked for a month without a repair.");
        page.fill("#acknowledge-points", "The repair was not booked\nNobody told the resident what was happening");
        page.fill("#acknowledge-outcomesSought", "Tap repaired");
        page.click("#acknowledge-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        assertThat(page.locator("main").textContent()).contains("Under investigation");
        browser.checkAccessibility("case-page-acknowledged");

        page.locator("summary:has-text('Record the response')").click();
        date(page, "respond-date", today);
        page.selectOption("#respond-decision", "PARTLY_UPHELD");
        page.fill("#respond-reasons", "The repair should have been booked within 7 days under our repairs policy.");
        page.selectOption("#respond-point-0", "UPHELD");
        page.fill("#respond-point-0-reasons", "Our records show no booking was made.");
        page.selectOption("#respond-point-1", "NOT_UPHELD");
        page.fill("#respond-point-1-reasons", "We wrote to the resident twice.");
        // 6.9 e and f: the response cannot go out while remedies and outstanding actions are left unsaid
        page.click("#respond-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("6.9 e.", "6.9 f.").doesNotContain("6.9 c.");
        assertThat(page.locator("#respond-reasons").inputValue()).startsWith("The repair should have been booked");
        browser.checkAccessibility("case-page-response-missing-elements");
        page.selectOption("#respond-remedy-type-0", "APOLOGY");
        page.fill("#respond-remedy-description-0", "We apologise for not booking the repair.");
        page.fill("#respond-action-description-0", "Book and complete the repair");
        page.fill("#respond-action-owner-0", "Repairs Manager");
        date(page, "respond-action-due-0", today.plusDays(14));
        page.click("#respond-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        browser.checkAccessibility("case-page");
        page.context().clearCookies();

        // the resident is not satisfied
        browser.open("/check-your-complaint");
        browser.checkAccessibility("check-your-complaint");
        page.fill("#reference", reference);
        page.fill("#secondFactor", "jr1 5st");
        page.click("form button.govuk-button");
        browser.waitForPath("/check-your-complaint/your-complaint");
        browser.checkAccessibility("your-complaint-stage-1-response");
        page.click("a:has-text('ask for stage 2')");
        browser.waitForPath("/check-your-complaint/stage-2");
        browser.checkAccessibility("ask-for-stage-2");
        page.click("form button.govuk-button");
        browser.waitForPath("/check-your-complaint/stage-2-requested");
        browser.checkAccessibility("stage-2-requested");
        page.context().clearCookies();

        // stage 2: the first officer may not take it (6.13); the second does
        browser.signIn(SECOND, Api.STAFF_PASSWORD);
        browser.open("/cases?view=all&q=" + reference);
        page.locator("table a:has-text('" + reference + "')").click();
        page.waitForSelector("h1:has-text('" + reference + "')");
        page.locator("summary:has-text('Acknowledge')").first().click();
        date(page, "acknowledge-date", today);
        page.selectOption("#acknowledge-handler", FIRST);
        page.fill("#acknowledge-summary", "The resident remains unhappy about the delay.");
        page.fill("#acknowledge-outcomesSought", "Compensation for the delay");
        page.click("#acknowledge-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("6.13");
        assertThat(page.locator("#acknowledge-summary").inputValue()).isEqualTo("The resident remains unhappy about the delay.");
        browser.checkAccessibility("case-page-refused-6-13");

        page.selectOption("#acknowledge-handler", SECOND);
        page.click("#acknowledge-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        page.locator("summary:has-text('Record the response')").click();
        date(page, "respond-date", today);
        page.selectOption("#respond-decision", "UPHELD");
        page.fill("#respond-reasons", "We should have kept the resident informed; we apologise and offer £100.");
        page.selectOption("#respond-point-0", "UPHELD");
        page.fill("#respond-point-0-reasons", "The delay was ours.");
        page.selectOption("#respond-remedy-type-0", "FINANCIAL");
        page.fill("#respond-remedy-description-0", "£100 paid to your rent account");
        page.fill("#respond-remedy-distress-0", "100");
        page.check("#respond-no-actions");
        page.click("#respond-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        assertThat(page.locator("main").textContent()).contains("Stage 2");
        browser.checkAccessibility("case-page-stage-2-responded");
    }

    private String makeComplaint(Browser browser, String name, String postcode) {
        Page page = browser.page();
        browser.open("/make-a-complaint");
        page.check("#who");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/resident");
        page.fill("#residentName", name);
        page.fill("#postcode", postcode);
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/what-happened");
        page.fill("#description", "The kitchen tap has leaked for a month.");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/when");
        page.check("#notSure");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/put-it-right");
        page.fill("#outcomeSought", "Fix the tap.");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/contact");
        page.check("#contactMethod-2");
        page.fill("#phone", "0113 496 0000");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/support");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/check-answers");
        page.click("form button.govuk-button");
        browser.waitForPath("/make-a-complaint/complaint-sent");
        return page.locator("#reference").textContent().trim();
    }

    private static void date(Page page, String id, LocalDate date) {
        page.fill("#" + id, String.valueOf(date.getDayOfMonth()));
        page.fill("#" + id + "-month", String.valueOf(date.getMonthValue()));
        page.fill("#" + id + "-year", String.valueOf(date.getYear()));
    }
}

package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingDays;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The Ombudsman pages in a real browser, each state axe-checked (WCAG 2.2 AA) and photographed under target/screenshots. */
@InBrowser
class OmbudsmanBrowserTest {

    static final String OFFICER = "omb.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    OmbudsmanReminders reminders;

    @Test
    void an_officer_follows_a_case_from_the_register_to_compliance_with_an_order(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        OmbudsmanFixtures fixtures = new OmbudsmanFixtures(api, OFFICER);
        LocalDate today = workingDays.today();
        String tag = OmbudsmanFixtures.tag();
        String id = fixtures.referredCase("HOS-B-" + tag, today.minusDays(60));
        fixtures.addOrder(id, "COMPLAINT_HANDLING_FAILURE_ORDER", "Send the complaint file " + tag, today.minusDays(55), today.minusDays(45));
        OmbudsmanFixtures.check(fixtures.determine(id, today.minusDays(20), "The landlord's response to reports of damp", "MALADMINISTRATION",
                "The landlord's complaint handling", "SERVICE_FAILURE", "A neighbour's noise", "OUTSIDE_JURISDICTION"), 200);
        String payment = fixtures.addOrder(id, "ORDER", "Pay the resident £450 " + tag, null, today.minusDays(3));
        fixtures.addOrder(id, "ORDER", "Inspect the property for damp " + tag, null, today.plusDays(2));
        fixtures.addOrder(id, "RECOMMENDATION", "Review the damp and mould policy " + tag, null, today.plusDays(30));
        reminders.raiseDue();
        Page page = browser.page();

        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/ombudsman");
        assertThat(page.locator("#cases").textContent()).contains("HOS-B-" + tag);
        assertThat(page.locator("#alerts").textContent()).contains("Pay the resident £450 " + tag, "Overdue");
        browser.checkAccessibility("ombudsman-register");

        page.click("#cases a:has-text('HOS-B-" + tag + "')");
        page.waitForSelector("h1:has-text('Ombudsman case HOS-B-" + tag + "')");
        assertThat(page.locator("#findings").textContent()).contains("Maladministration", "Service failure", "Outside jurisdiction");
        assertThat(page.locator("#overdue-warning").textContent()).contains("2 orders are past their due dates");
        browser.checkAccessibility("ombudsman-case");

        // compliance before the determination: the error summary, the form kept open with what was typed
        String form = "#comply-" + payment + "-form";
        page.locator("#order-" + payment + " summary").click();
        LocalDate early = today.minusDays(21);
        page.fill("#comply-" + payment + "-compliedOn", String.valueOf(early.getDayOfMonth()));
        page.fill("#comply-" + payment + "-compliedOn-month", String.valueOf(early.getMonthValue()));
        page.fill("#comply-" + payment + "-compliedOn-year", String.valueOf(early.getYear()));
        page.fill("#comply-" + payment + "-evidence", "Paid by BACS, remittance 7781 " + tag);
        page.click(form + " button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("cannot be before the determination");
        assertThat(page.inputValue("#comply-" + payment + "-evidence")).isEqualTo("Paid by BACS, remittance 7781 " + tag);
        browser.checkAccessibility("ombudsman-case-error");

        page.fill("#comply-" + payment + "-compliedOn", String.valueOf(today.getDayOfMonth()));
        page.fill("#comply-" + payment + "-compliedOn-month", String.valueOf(today.getMonthValue()));
        page.fill("#comply-" + payment + "-compliedOn-year", String.valueOf(today.getYear()));
        page.click(form + " button[type=submit]");
        page.waitForSelector("#order-" + payment + " .govuk-tag:has-text('Complied')");
        assertThat(page.locator("#order-" + payment).textContent()).contains("Paid by BACS, remittance 7781 " + tag, "after the due date");
        assertThat(page.locator("#overdue-warning").textContent()).contains("One order is past its due date");
        browser.checkAccessibility("ombudsman-case-complied");

        browser.open("/ombudsman/new");
        page.click("#new-case button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the Ombudsman's reference");
        browser.checkAccessibility("ombudsman-new-error");
    }
}

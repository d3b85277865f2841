package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The TSM page and the resident's survey page in a real browser, each state axe-checked (WCAG 2.2 AA) and photographed. */
@InBrowser
class TsmBrowserTest {

    static final String MANAGER = "tsm.browser.manager";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void a_manager_records_homes_and_tp09_and_a_resident_answers_the_survey(Browser browser) {
        Api api = new Api(mvc, json).staff(MANAGER, "MANAGER");
        LinkedBlockingQueue<SatisfactionSurveyInvited> invited = new LinkedBlockingQueue<>();
        ApplicationListener<PayloadApplicationEvent<SatisfactionSurveyInvited>> listener = e -> invited.add(e.getPayload());
        context.addApplicationListener(listener);
        String closedId;
        try {
            // 2023/24, which no other test uses: one answer in time, one late and escalated, one closed
            clock.set(Instant.parse("2024-01-15T12:00:00Z"));
            TsmCases cases = new TsmCases(api);
            String a = cases.receive("Browser A " + UUID.randomUUID(), "2023-05-02");
            cases.acknowledge(a, "2023-05-03", 1).respond(a, "2023-05-10").close(a, "2023-06-30");
            String b = cases.receive("Browser B " + UUID.randomUUID(), "2023-06-06");
            cases.acknowledge(b, "2023-06-07", 1).respond(b, "2023-07-14").escalate(b, "2023-07-20");
            closedId = a;
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> invited.stream().anyMatch(i -> i.complaintId().toString().equals(a)));
        }
        finally {
            context.removeApplicationListener(listener);
        }
        String link = invited.stream().filter(i -> i.complaintId().toString().equals(closedId)).findFirst().orElseThrow().link();
        Page page = browser.page();

        // the resident, not signed in (the clock still in January 2024)
        browser.open(link.substring(link.indexOf("/survey/")));
        assertThat(page.locator("h1").textContent()).contains("How satisfied are you with how we handled your complaint?");
        browser.checkAccessibility("tsm-survey");
        page.click("main button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("tsm-survey-error");
        page.check("#rating-2");
        page.fill("#comment", "They called me back when they said they would.");
        page.click("main button[type=submit]");
        page.waitForSelector(".govuk-panel--confirmation");
        browser.checkAccessibility("tsm-survey-thanks");
        // answered on 15 January 2024, so counted in 2023/24
        clock.reset();

        browser.signIn(MANAGER, Api.STAFF_PASSWORD);
        browser.open("/reports/tsm?year=2023");
        assertThat(page.locator("#ch01-note").textContent()).contains("No homes owned are recorded for 2023/24");
        assertThat(page.locator("#CH02-stage1").textContent()).contains("50.0%");
        browser.checkAccessibility("tsm-page-without-homes");

        page.click("#homes-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the number of homes owned");
        browser.checkAccessibility("tsm-page-homes-error");
        page.fill("#homes-owned", "1,200");
        page.click("#homes-form button[type=submit]");
        page.waitForSelector("#CH01-stage1:has-text('1.7')");
        // 2 stage 1 complaints in 1,200 homes is 1.7 per 1,000; one escalation is 0.8
        assertThat(page.locator("#CH01-stage2").textContent()).contains("0.8");

        page.fill("#respondents", "150");
        page.fill("#satisfied", "151");
        page.click("#tp09-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("tsm-page-tp09-error");
        page.fill("#satisfied", "66");
        page.click("#tp09-form button[type=submit]");
        page.waitForSelector("#TP09:has-text('44.0%')");
        assertThat(page.locator("#survey-results").textContent()).contains("100.0%");
        browser.checkAccessibility("tsm-page");
    }
}

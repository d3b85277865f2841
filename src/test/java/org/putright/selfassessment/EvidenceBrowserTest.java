package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.residents.ResidentRecords;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence page in a real browser, as the governing body reads it: the figures for a period with the cases behind
 * them, axe-checked (WCAG 2.2 AA) and photographed. February 2054, which no other test uses.
 */
@InBrowser
class EvidenceBrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ResidentRecords residents;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void a_governance_viewer_reads_the_evidence_and_the_cases_behind_a_figure(Browser browser) {
        EvidenceFixture fixture = new EvidenceFixture(new Api(mvc, json), clock, residents, "browser");
        // Mon 2 Feb 2054, due Mon 9 Feb, acknowledged Wed 4 Feb; Tue 3 Feb, due Tue 10 Feb, acknowledged Thu 12 Feb (2 working days late)
        String onTime = fixture.receive(LocalDate.of(2054, 2, 2), "Browser On-time");
        fixture.acknowledge(onTime, LocalDate.of(2054, 2, 4), EvidenceFixture.OFFICER);
        String late = fixture.receive(LocalDate.of(2054, 2, 3), "Browser Late");
        fixture.acknowledge(late, LocalDate.of(2054, 2, 12), EvidenceFixture.OFFICER);
        clock.reset();
        Page page = browser.page();

        browser.signIn(EvidenceFixture.VIEWER, Api.STAFF_PASSWORD);
        browser.open("/evidence?codeVersion=2024&from=2054-02-01&to=2054-02-28");
        assertThat(page.locator("#period").textContent()).contains("1 February 2054 to 28 February 2054");
        assertThat(page.locator("#row-stage-1-acknowledged-on-time").textContent()).contains("6.2").contains("50.0%");
        assertThat(page.locator("#cases-stage-1-acknowledged-on-time").textContent()).contains("acknowledged 12 February 2054, 2 working days late");
        browser.checkAccessibility("self-assessment-evidence");
    }
}

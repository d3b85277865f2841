package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The letter wording pages in a real browser: axe-clean, the error summary on a mistake, and a saved edit. */
@InBrowser
class LetterTemplatesBrowserTest {

    static final String MANAGER = "browser.letters.manager";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void staff() {
        new Api(mvc, json).staff(MANAGER, "MANAGER");
    }

    @Test
    void a_manager_changes_the_wording_of_a_letter(Browser browser) {
        Page page = browser.page();
        browser.signIn(MANAGER, Api.STAFF_PASSWORD);
        browser.open("/letter-templates");
        browser.checkAccessibility("letter-templates");

        browser.open("/letter-templates/ACTION_UPDATE");
        browser.checkAccessibility("letter-template-edit");
        String opening = page.inputValue("#opening");
        page.fill("#signOff", "");
        page.click("#wording-form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the job title that signs the letter");
        browser.checkAccessibility("letter-template-error");

        page.fill("#signOff", "Complaints Manager");
        page.fill("#opening", opening);
        page.click("#wording-form button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        assertThat(page.locator(".govuk-notification-banner--success").textContent()).contains("Update on an outstanding action");
        browser.checkAccessibility("letter-templates-saved");
    }
}

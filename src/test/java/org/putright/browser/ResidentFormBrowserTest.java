package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;

/** A resident makes a complaint with the keyboard alone, and every page on the way is accessible. */
@InBrowser
class ResidentFormBrowserTest {

    @Test
    void a_resident_makes_a_complaint_with_the_keyboard_alone(Browser browser) {
        browser.open("/");
        browser.checkAccessibility("front-door");
        Browser.KeyboardOnly keys = browser.keyboardOnly();

        keys.tabTo("a.govuk-button--start").enter();
        browser.waitForPath("/make-a-complaint");
        browser.checkAccessibility("make-a-complaint-who");
        keys.tabTo("#who").space().tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/resident");
        browser.checkAccessibility("make-a-complaint-resident");
        keys.tabTo("#residentName").type("Keyboard Resident").tabTo("#postcode").type("KB1 2RD").enter();

        browser.waitForPath("/make-a-complaint/what-happened");
        browser.checkAccessibility("make-a-complaint-what-happened");
        keys.tabTo("#description").type("The kitchen tap has leaked for a month.\nNobody has come to fix it.")
                .tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/when");
        browser.checkAccessibility("make-a-complaint-when");
        keys.tabTo("#notSure").space().tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/put-it-right");
        browser.checkAccessibility("make-a-complaint-put-it-right");
        keys.tabTo("#outcomeSought").type("Fix the tap, please.").tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/contact");
        browser.checkAccessibility("make-a-complaint-contact");
        keys.tabTo("#contactMethod").space().tabTo("#email").type("keyboard.resident@example.org").enter();

        browser.waitForPath("/make-a-complaint/support");
        browser.checkAccessibility("make-a-complaint-support");
        keys.tabTo("#supportNeeds").type("Large print letters").tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/check-answers");
        browser.checkAccessibility("make-a-complaint-check-answers");
        assertThat(browser.page().locator("main").textContent()).contains("Keyboard Resident", "KB1 2RD",
                "The kitchen tap has leaked for a month.");
        keys.tabTo("form button.govuk-button").enter();

        browser.waitForPath("/make-a-complaint/complaint-sent");
        browser.checkAccessibility("make-a-complaint-sent");
        assertThat(browser.page().locator("#reference").textContent()).matches("CMP-\\d{4}-\\d{6}");
        assertThat(browser.page().locator("main").textContent()).contains("Housing Ombudsman");
    }

    @Test
    void a_missing_answer_shows_the_error_summary_and_keeps_what_was_typed(Browser browser) {
        browser.open("/make-a-complaint");
        browser.page().locator("#who").check();
        browser.page().locator("form button.govuk-button").click();
        browser.waitForPath("/make-a-complaint/resident");
        browser.page().locator("#postcode").fill("ER1 0OR");
        browser.page().locator("form button.govuk-button").click();
        browser.page().waitForSelector(".govuk-error-summary");
        assertThat(browser.page().locator(".govuk-error-summary").textContent()).contains("Enter your full name");
        assertThat(browser.page().title()).startsWith("Error:");
        assertThat(browser.page().locator("#postcode").inputValue()).isEqualTo("ER1 0OR");
        browser.checkAccessibility("make-a-complaint-resident-error");
    }
}

package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.json.JsonMapper;

@InBrowser
class SignInBrowserTest {

    static final String OFFICER = "browser.sign-in.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void staff() {
        new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
    }

    @Test
    void the_sign_in_page_is_accessible(Browser browser) {
        assertThat(browser.open("/login").status()).isEqualTo(200);

        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Sign in to the complaints workspace");
        assertThat(browser.page().title()).startsWith("Sign in – ");
        browser.checkAccessibility("sign-in");
    }

    @Test
    void a_wrong_password_shows_the_error_summary_with_focus_on_it(Browser browser) {
        browser.signIn(OFFICER, "not-the-password");

        assertThat(browser.path()).isEqualTo("/login?error");
        Locator summary = browser.page().locator(".govuk-error-summary");
        assertThat(summary.locator(".govuk-error-summary__title").textContent()).isEqualTo("There is a problem");
        assertThat(summary.getByRole(AriaRole.LINK).getAttribute("href")).isEqualTo("#username");
        // GOV.UK Frontend's JavaScript moves focus to the summary, so screen readers announce it first
        browser.page().waitForFunction("() => document.activeElement.classList.contains('govuk-error-summary')");
        assertThat(browser.signedIn()).isFalse();
        browser.checkAccessibility("sign-in-wrong-password");

        // the summary's link takes keyboard users to the field
        browser.keyboardOnly().tab().enter();
        assertThat(browser.keyboardOnly().focusedMatches("#username")).isTrue();
    }

    @Test
    void staff_sign_in_with_the_keyboard_alone(Browser browser) {
        browser.open("/login");
        String anonymousSession = browser.sessionId().orElse(null);

        Browser.KeyboardOnly keys = browser.keyboardOnly();
        keys.tab();
        assertThat(keys.focused()).as("the first Tab reaches the skip link").contains("govuk-skip-link");
        keys.tabTo("#username").type(OFFICER).tab();
        assertThat(keys.focusedMatches("#password")).as("Tab goes from username to password, not elsewhere").isTrue();
        keys.type(Api.STAFF_PASSWORD).enter();

        browser.waitForPath("/cases");
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.sessionId()).as("signed in, in a new session (no session fixation)").isPresent()
                .get().isNotEqualTo(anonymousSession);
        assertThat(browser.signedIn()).isTrue();
        // TODO when /cases exists on this branch: browser.checkAccessibility("work-queue") instead
        browser.screenshot("sign-in-keyboard-landing");
    }

    @Test
    void signing_out_from_the_staff_menu_with_the_keyboard(Browser browser) {
        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        assertThat(browser.signedIn()).isTrue();

        // the staff menu (with Sign out) is on every staff page; /login is the staff page this branch has
        browser.open("/login");
        Page page = browser.page();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Staff menu")).isVisible()).isTrue();
        browser.checkAccessibility("sign-in-while-signed-in");

        browser.keyboardOnly().tabTo(".govuk-service-navigation button[type=submit]").enter();

        browser.waitForPath("/login?signedOut");
        assertThat(page.locator(".govuk-notification-banner__heading").textContent()).isEqualTo("You have signed out.");
        browser.checkAccessibility("signed-out");
        assertThat(browser.signedIn()).isFalse();
        browser.open("/cases");
        assertThat(browser.path()).isEqualTo("/login");
    }
}

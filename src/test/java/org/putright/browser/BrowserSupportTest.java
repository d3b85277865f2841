package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;

/** The browser-test support itself: that the accessibility check does fail, and says why. */
@InBrowser
class BrowserSupportTest {

    @Test
    void the_accessibility_check_fails_listing_each_violation_and_the_elements(Browser browser) {
        browser.page().setContent("""
                <!DOCTYPE html><html><head><title>Broken</title></head>
                <body><main><img src="data:," id="no-alt"><label>Name</label><input type="text" id="unlabelled"></main></body></html>
                """);

        assertThatThrownBy(() -> browser.checkAccessibility("browser-support-inaccessible-page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 3 violations")
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("at #no-alt")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("at #unlabelled")
                .hasMessageContaining("target/screenshots/browser-support-inaccessible-page.png");
        assertThat(Browser.SCREENSHOTS.resolve("browser-support-inaccessible-page.png")).exists();
    }

    @Test
    void tab_to_fails_showing_the_focus_order(Browser browser) {
        browser.page().setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Focus</title></head>
                <body><main><a href="#a" id="first">First</a><button id="second">Second</button></main></body></html>
                """);

        assertThatThrownBy(() -> browser.keyboardOnly().tabTo("#missing"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Tab never reached #missing")
                .hasMessageContaining("a#first \"First\", button#second \"Second\"");
    }
}

package org.putright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Response;

import tools.jackson.databind.json.JsonMapper;

/** A page asked for with input it cannot take shows the error page in words, not the API's JSON. */
@InBrowser
class PageErrorsBrowserTest {

    static final String MANAGER = "browser.page-errors.manager";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void a_page_asked_for_with_a_quarter_that_does_not_exist_says_what_is_wrong(Browser browser) {
        new Api(mvc, json).staff(MANAGER, "MANAGER");
        browser.signIn(MANAGER, Api.STAFF_PASSWORD);

        Response response = browser.open("/reports/quarterly?quarter=2047-Q5");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(browser.page().locator("h1").textContent().strip()).isEqualTo("There is a problem with this address");
        assertThat(browser.page().locator("main").textContent()).contains("The quarter must be a quarter of a reporting year such as 2047-Q1");
        browser.checkAccessibility("page-error-422");
    }
}

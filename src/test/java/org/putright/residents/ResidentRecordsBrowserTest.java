package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** The resident record pages in a real browser, each state axe-checked (WCAG 2.2 AA). */
@InBrowser
class ResidentRecordsBrowserTest {

    static final String OFFICER = "records.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void an_officer_finds_corrects_imports_and_merges_resident_records(Browser browser) throws Exception {
        Api.Session api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").as(OFFICER);
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String tenancy = "T-BROWSER-" + tag;
        String email = "browser-" + tag + "@example.org";
        String id = api.request(put("/api/v1/residents/by-tenancy/" + tenancy), Map.of("name", "Edith Clarke " + tag, "propertyReference",
                "P-BROWSER-" + tag, "address", Map.of("line1", "10 Circuit Road", "town", "Hull", "postcode", "HU1 1AA"), "email", email,
                "household", List.of(Map.of("name", "Ada Clarke", "relationship", "daughter", "dateOfBirth", "2012-06-01")))).text("/residentId");
        String duplicate = api.request(put("/api/v1/residents/by-tenancy/" + tenancy + "-B"), Map.of("name", "Edith Clark " + tag, "email", email))
                .text("/residentId");
        UUID complaint = Intake.complaintFrom("Edith Clarke " + tag).tenancy(tenancy).description("No hot water since Monday").loggedBy(api);
        Page page = browser.page();

        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/residents");
        page.fill("#q", tenancy);
        page.click("form[role=search] button[type=submit]");
        page.waitForSelector("#results");
        browser.checkAccessibility("residents-search");

        browser.open("/residents/" + id);
        assertThat(page.locator("main").textContent()).contains("Ada Clarke", "No hot water since Monday", "Resident recorded");
        browser.checkAccessibility("residents-record");

        browser.open("/residents/" + id + "/contact");
        page.fill("#email", "not an email");
        page.fill("#postcode", "nowhere");
        page.click("main form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("residents-contact-errors");

        browser.open("/cases/" + complaint);
        assertThat(page.locator("#resident-record").textContent()).contains("Edith Clarke " + tag, "Tenancy reference: " + tenancy);
        assertThat(page.locator("#resident-history").textContent()).contains("No other complaints");
        browser.checkAccessibility("residents-case-sections");

        Path file = Files.createTempFile("residents", ".csv");
        Files.writeString(file, """
                tenancy_reference,name,phone,postcode
                %1$s,Edith Clarke %2$s,01482 496000,HU1 1AA
                %1$s-NEW,Hertha Ayrton %2$s,,HU1 1AB
                %1$s-BAD,Bad Row,,NOPE
                """.formatted(tenancy, tag), StandardCharsets.UTF_8);
        browser.open("/residents/import");
        browser.checkAccessibility("residents-import");
        page.click("main form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("residents-import-error");
        page.setInputFiles("#file", file);
        page.click("main form button[type=submit]");
        page.waitForSelector("#changes-table");
        assertThat(page.locator("main").textContent()).contains("Would create", "01482 496000", "Enter a real postcode");
        browser.checkAccessibility("residents-import-dry-run");
        page.click("text=Apply these changes");
        page.waitForSelector(".govuk-panel--confirmation");
        browser.checkAccessibility("residents-import-applied");
        Files.deleteIfExists(file);

        browser.open("/residents/duplicates");
        browser.checkAccessibility("residents-duplicates");
        browser.open("/residents/" + duplicate + "/merge?into=" + id);
        page.click("main form button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        browser.checkAccessibility("residents-merge-error");
        page.fill("#reason", "Same email address; a typing slip in the surname");
        page.click("main form button[type=submit]");
        browser.waitForPath("/residents/" + id);
        assertThat(page.locator("main").textContent()).contains("Resident merged", "a typing slip in the surname");
    }
}

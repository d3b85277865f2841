package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.Browser;
import org.putright.testsupport.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Page;

import tools.jackson.databind.json.JsonMapper;

/** An officer files unmatched mail from the intake queue in a real browser; every state is axe-checked. */
@InBrowser
@TestPropertySource(properties = "putright.data-dir=target/mail-browser-data")
class IntakeBrowserTest {

    static final String OFFICER = "intake.browser.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MailImport imports;

    @Autowired
    CorrespondenceStore store;

    private static byte[] message(String from, String subject, String text) {
        return ("From: " + from + "\r\nTo: complaints@landlord.test\r\nSubject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID()
                + "@residents.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_officer_files_an_unmatched_email_under_its_complaint(Browser browser) {
        Api api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String resident = "intake-" + tag + "@residents.test";
        var created = api.as(OFFICER).post("/api/v1/complaints", Map.of("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                "channel", "EMAIL", "resident", Map.of("name", "Intake Resident " + tag, "email", resident),
                "description", "Mould is growing in the bathroom again."));
        assertThat(created.status()).isEqualTo(201);
        String complaintId = created.text("/id");
        String reference = created.text("/reference");

        String subject = "Mould photos " + tag;
        assertThat(imports.importMessage(message(resident, subject, "Sorry, I have lost my reference number."))).isEqualTo(MailImport.Outcome.UNMATCHED);
        String broken = "Broken " + tag;
        imports.importMessage(("From: x@example.test\r\nSubject: " + broken + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\nno parts here\r\n").getBytes(StandardCharsets.US_ASCII));
        String itemId = store.intake().stream().filter(i -> subject.equals(i.subject())).findFirst().orElseThrow().id().toString();

        Page page = browser.page();
        browser.signIn(OFFICER, Api.STAFF_PASSWORD);
        browser.open("/correspondence/intake");
        assertThat(page.locator("main").textContent()).contains(subject).contains(broken).contains("Could not be read");
        browser.checkAccessibility("correspondence-intake");

        page.fill("#reference-" + itemId, "CMP-1999-000001");
        page.click("#item-" + itemId + " button[type=submit]");
        page.waitForSelector(".govuk-error-summary");
        assertThat(page.inputValue("#reference-" + itemId)).isEqualTo("CMP-1999-000001");
        browser.checkAccessibility("correspondence-intake-error");

        page.fill("#reference-" + itemId, reference);
        page.click("#item-" + itemId + " button[type=submit]");
        page.waitForSelector(".govuk-notification-banner--success");
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Filed under " + reference);
        assertThat(page.locator("#item-" + itemId).count()).isZero();

        browser.open("/cases/" + complaintId);
        assertThat(page.locator("#correspondence").textContent()).contains(subject);
        page.locator("#correspondence a:has-text('" + subject + "')").click();
        page.waitForSelector("h1:has-text('" + subject + "')");
        assertThat(page.locator("main").textContent()).contains("Sorry, I have lost my reference number.").contains(reference);
        browser.checkAccessibility("correspondence-item");
    }
}

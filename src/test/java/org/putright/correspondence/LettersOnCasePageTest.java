package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The case page lists the complaint's letters, each with its status and links that work in a signed-in session. */
@WithDatabase
class LettersOnCasePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Letters letters;

    @Test
    void the_case_page_lists_each_letter_with_its_delivery_status_and_links_to_the_pdf_and_html() throws Exception {
        LetterLifecycle life = new LetterLifecycle(mvc, json);
        String id = life.create("Rosalind Franklin");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String empty = page("/cases/" + id);
        assertThat(empty).contains("<h2 class=\"govuk-heading-m\">Letters</h2>").contains("No letters have been issued yet.");

        life.acknowledge(id, today, LetterLifecycle.OFFICER, LetterLifecycle.definition("Leaking roof"));
        String letter = life.letterId(id, LetterType.ACKNOWLEDGEMENT);
        // the channel's own outcome first (no mail server here: ready to print), so ours is the latest
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !"PENDING".equals(
                life.letters(LetterLifecycle.OFFICER, id).get(0).get("deliveryStatus").asString()));
        letters.recordDelivery(UUID.fromString(letter), "email", DeliveryStatus.SENT, null);

        String html = page("/cases/" + id);
        assertThat(html).contains("Acknowledgement letter (PDF)").contains("We have received your complaint (stage 1)")
                .contains("href=\"/cases/" + id + "/letters/" + letter + ".pdf\"")
                .contains("href=\"/cases/" + id + "/letters/" + letter + ".html\"").contains(">Sent</strong>");

        // the links work with the staff member's session, not only with API tokens
        MockHttpServletResponse pdf = mvc.perform(get("/cases/" + id + "/letters/" + letter + ".pdf")
                .with(user("web.board").roles("GOVERNANCE_VIEWER"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        MockHttpServletResponse web = mvc.perform(get("/cases/" + id + "/letters/" + letter + ".html")
                .with(user("web.board").roles("GOVERNANCE_VIEWER"))).andReturn().getResponse();
        assertThat(web.getContentAsString(StandardCharsets.UTF_8)).contains("Leaking roof");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(LetterLifecycle.OFFICER).roles("COMPLAINTS_OFFICER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}

package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The letters API: a complaint's letters in the order issued, with delivery status, and each letter in every format. */
@WithDatabase
@RecordApplicationEvents
class LettersApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    Letters letters;

    @Autowired
    ApplicationEvents events;

    LetterLifecycle life;

    @BeforeEach
    void setUp() {
        life = new LetterLifecycle(mvc, json);
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /** Acknowledge, extend, respond, escalate, acknowledge and respond at stage 2, then complete the stage 1 action. */
    private String fullLifecycle() {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating", "No heating"));
        life.extend(id, 5, "Waiting for the contractor's report.", LocalDate.of(2026, 3, 16));
        life.respond(LetterLifecycle.OFFICER, id, LetterLifecycle.fullResponse(LocalDate.of(2026, 3, 24), "UPHELD",
                Map.of("No heating", "UPHELD"), "The repair was late.", List.of(Map.of("type", "APOLOGY", "description",
                        "We apologise.")),
                List.of(Map.of("description", "Replace the boiler", "dueOn", "2026-04-30", "owner", "Repairs Manager"))));
        life.escalate(id, LocalDate.of(2026, 4, 1));
        life.acknowledge(id, LocalDate.of(2026, 4, 2), LetterLifecycle.STAGE2_OFFICER, LetterLifecycle.definition("No heating",
                "No heating"));
        life.respond(LetterLifecycle.STAGE2_OFFICER, id, LifecycleLettersTest.noRemedyResponse(LocalDate.of(2026, 4, 20), "No heating"));
        life.complete(id, 1, 0, LocalDate.of(2026, 4, 28), "The new boiler was fitted on 28 April.");
        return id;
    }

    @Test
    void after_a_full_lifecycle_the_list_shows_each_letter_in_the_order_issued_with_delivery_status() {
        String id = fullLifecycle();
        JsonNode list = life.letters(LetterLifecycle.OFFICER, id);
        List<String> types = new ArrayList<>();
        List<Integer> stages = new ArrayList<>();
        list.forEach(l -> {
            types.add(l.get("type").asString());
            stages.add(l.get("stage").asInt());
            assertThat(l.get("subject").asString()).isNotBlank();
            assertThat(l.get("createdAt").asString()).isEqualTo("2026-06-30T09:00:00Z");
        });
        assertThat(types).containsExactly("ACKNOWLEDGEMENT", "EXTENSION", "STAGE_1_RESPONSE", "ACKNOWLEDGEMENT", "STAGE_2_RESPONSE",
                "ACTION_UPDATE");
        assertThat(stages).containsExactly(1, 1, 1, 2, 2, 1);
        // with no mail server configured here, the channels mark each letter ready to print for post
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(life.letters(LetterLifecycle.OFFICER, id))
                .allSatisfy(l -> assertThat(l.get("deliveryStatus").asString()).isEqualTo("READY_TO_PRINT")));

        // each was announced to the channels as it was stored
        List<LetterIssued> issued = events.stream(LetterIssued.class).filter(e -> e.complaintId().toString().equals(id)).toList();
        assertThat(issued).extracting(LetterIssued::type).containsExactly(LetterType.ACKNOWLEDGEMENT, LetterType.EXTENSION,
                LetterType.STAGE_1_RESPONSE, LetterType.ACKNOWLEDGEMENT, LetterType.STAGE_2_RESPONSE, LetterType.ACTION_UPDATE);
        assertThat(issued.get(0).letterId().toString()).isEqualTo(list.get(0).get("id").asString());
    }

    @Test
    void the_delivery_status_is_the_latest_a_channel_recorded() {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating"));
        UUID letter = UUID.fromString(life.letterId(id, LetterType.ACKNOWLEDGEMENT));

        // first the channel's own outcome (no mail server here: ready to print), so it cannot land after ours
        await().atMost(Duration.ofSeconds(20)).until(() -> !"PENDING".equals(
                life.letters(LetterLifecycle.OFFICER, id).get(0).get("deliveryStatus").asString()));
        letters.recordDelivery(letter, "email", DeliveryStatus.SENT, "accepted by the mail server");
        assertThat(life.letters(LetterLifecycle.OFFICER, id).get(0).get("deliveryStatus").asString()).isEqualTo("SENT");
        letters.recordDelivery(letter, "email", DeliveryStatus.FAILED, "550 mailbox unavailable");
        assertThat(life.letters(LetterLifecycle.OFFICER, id).get(0).get("deliveryStatus").asString()).isEqualTo("FAILED");
    }

    @Test
    void channels_get_the_stored_letter_with_its_recipient_and_a_pdf() throws IOException {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating"));
        RenderedLetter rendered = letters.rendered(UUID.fromString(life.letterId(id, LetterType.ACKNOWLEDGEMENT)));

        assertThat(rendered.complaintId().toString()).isEqualTo(id);
        assertThat(rendered.type()).isEqualTo(LetterType.ACKNOWLEDGEMENT);
        assertThat(rendered.recipient().name()).isEqualTo("Alan Turing");
        assertThat(rendered.recipient().email()).isEqualTo("resident@example.org");
        assertThat(rendered.recipient().preferred()).isEqualTo(Recipient.PreferredChannel.EMAIL);
        assertThat(rendered.subject()).isEqualTo("We have received your complaint (stage 1)");
        assertThat(rendered.text()).contains("No heating");
        assertThat(rendered.html()).contains("No heating");
        assertThat(LetterLifecycle.pdfText(rendered.pdf())).contains("No heating");
    }

    @Test
    void the_html_is_an_accessible_document_and_the_text_says_the_same() {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No <b>heating</b>"));
        String letter = life.letterId(id, LetterType.ACKNOWLEDGEMENT);

        String html = life.html(id, letter);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">")
                .contains("<title>We have received your complaint (stage 1) - ").contains("<h1>").contains("<h2>When we will respond</h2>")
                .contains("No &lt;b&gt;heating&lt;/b&gt;").doesNotContain("<b>heating");
        String text = life.text(id, letter);
        assertThat(text).contains("We have received your complaint (stage 1)\n=====").contains("When we will respond\n-----")
                .contains("No <b>heating</b>").doesNotContain("<p>");
    }

    @Test
    void the_large_print_pdf_is_at_least_16_point_throughout() throws IOException {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating"));
        String letter = life.letterId(id, LetterType.ACKNOWLEDGEMENT);

        assertThat(smallestFontSize(life.pdf(id, letter, true))).isGreaterThanOrEqualTo(16f);
        assertThat(smallestFontSize(life.pdf(id, letter, false))).isLessThan(16f);
    }

    private static float smallestFontSize(byte[] pdf) throws IOException {
        float[] smallest = { Float.MAX_VALUE };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> smallest[0] = Math.min(smallest[0], p.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return smallest[0];
    }

    @Test
    void a_letter_is_found_only_under_its_own_complaint() throws Exception {
        String first = life.create("Alan Turing");
        life.acknowledge(first, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating"));
        String second = life.create("Ada Lovelace");
        String letter = life.letterId(first, LetterType.ACKNOWLEDGEMENT);

        for (String format : List.of(".pdf", ".html", ".txt")) {
            MockHttpServletResponse wrong = life.fetch(LetterLifecycle.OFFICER, "/api/v1/complaints/" + second + "/letters/" + letter
                    + format);
            assertThat(wrong.getStatus()).as(format).isEqualTo(404);
            assertThat(wrong.getContentType()).startsWith("application/problem+json");
        }
        assertThat(life.fetch(LetterLifecycle.OFFICER, "/api/v1/complaints/" + first + "/letters/" + UUID.randomUUID() + ".pdf")
                .getStatus()).isEqualTo(404);
        assertThat(life.fetch(LetterLifecycle.OFFICER, "/api/v1/complaints/" + UUID.randomUUID() + "/letters").getStatus())
                .isEqualTo(404);
        assertThat(life.letters(LetterLifecycle.OFFICER, second)).isEmpty();
    }

    @Test
    void every_staff_role_reads_letters_and_nobody_else_does() throws Exception {
        String id = life.create("Alan Turing");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.OFFICER, LetterLifecycle.definition("No heating"));
        String letter = life.letterId(id, LetterType.ACKNOWLEDGEMENT);

        assertThat(life.letters(LetterLifecycle.VIEWER, id)).hasSize(1);
        assertThat(life.fetch(LetterLifecycle.VIEWER, "/api/v1/complaints/" + id + "/letters/" + letter + ".pdf").getStatus())
                .isEqualTo(200);
        assertThat(life.api.anonymous().get("/api/v1/complaints/" + id + "/letters").status()).isEqualTo(401);
    }
}

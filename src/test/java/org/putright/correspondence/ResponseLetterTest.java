package org.putright.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * 6.9 / 6.19: the stage 1 and stage 2 response letters contain every element a–g, each under its own heading, in the
 * PDF's real text; the PDF is tagged (PDF/UA) with its font embedded, on H2 and PostgreSQL.
 */
@WithDatabase
class ResponseLetterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    LetterLifecycle life;

    static final String SUMMARY = "The resident's boiler has been broken for three weeks without a repair visit.";

    @BeforeEach
    void setUp() {
        life = new LetterLifecycle(mvc, json);
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /** Both stages: stage 1 with remedies and an outstanding action, stage 2 with neither. */
    private Responses respondAtBothStages() {
        String id = life.create("Grace Hopper");
        life.acknowledge(id, LocalDate.of(2026, 3, 4), LetterLifecycle.INVESTIGATOR,
                LetterLifecycle.definition(SUMMARY, "Repair not booked", "No updates given"));
        Map<String, String> points = new LinkedHashMap<>();
        points.put("Repair not booked", "UPHELD");
        points.put("No updates given", "PARTLY_UPHELD");
        life.respond(LetterLifecycle.INVESTIGATOR, id, LetterLifecycle.fullResponse(LocalDate.of(2026, 3, 13), "PARTLY_UPHELD", points,
                "The repair was not booked when it should have been, under our repairs policy.",
                List.of(Map.of("type", "APOLOGY", "description", "We apologise for the delay in booking the repair."),
                        LetterLifecycle.financial("A payment for the time without heating.", LocalDate.of(2026, 3, 27), "25.00",
                                "50.00", "75.50", "100.00")),
                List.of(Map.of("description", "Replace the boiler with a new condensing boiler", "dueOn", "2026-04-10", "owner",
                        "Repairs Manager"))));
        life.escalate(id, LocalDate.of(2026, 3, 16));
        life.acknowledge(id, LocalDate.of(2026, 3, 17), LetterLifecycle.STAGE2_OFFICER,
                LetterLifecycle.definition(SUMMARY, "Repair not booked"));
        Map<String, Object> stage2 = LetterLifecycle.fullResponse(LocalDate.of(2026, 4, 1), "NOT_UPHELD",
                Map.of("Repair not booked", "NOT_UPHELD"), "The stage 1 remedy fully put right the missed repair booking.",
                List.of(), List.of());
        stage2.put("noRemedyReason", "The stage 1 remedy already put things right and nothing further is owed.");
        stage2.put("noOutstandingActions", true);
        life.respond(LetterLifecycle.STAGE2_OFFICER, id, stage2);
        return new Responses(id, life.pdf(id, life.letterId(id, LetterType.STAGE_1_RESPONSE), false),
                life.pdf(id, life.letterId(id, LetterType.STAGE_2_RESPONSE), false));
    }

    record Responses(String id, byte[] stage1Pdf, byte[] stage2Pdf) {

        String stage1() {
            return LetterLifecycle.pdfText(stage1Pdf);
        }

        String stage2() {
            return LetterLifecycle.pdfText(stage2Pdf);
        }
    }

    @Test
    void provision_6_9_and_6_19_a_each_response_states_its_stage_under_its_own_heading() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("Complaint stage").contains("This is our stage 1 response");
        assertThat(r.stage2()).contains("Complaint stage").contains("This is our stage 2 response")
                .contains("our final response under our complaints process");
    }

    @Test
    void provision_6_9_and_6_19_b_each_response_restates_the_complaint_definition() {
        Responses r = respondAtBothStages();
        for (String text : List.of(r.stage1(), r.stage2())) {
            assertThat(text).contains("Your complaint as we understand it").contains(SUMMARY).contains("Repair not booked")
                    .contains("Boiler repaired").contains("The gas supply itself");
        }
        assertThat(r.stage1()).contains("No updates given");
    }

    @Test
    void provision_6_9_and_6_19_c_each_response_gives_the_decision_overall_and_per_point() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("Our decision").contains("Overall, your complaint is partly upheld.")
                .contains("Repair not booked Decision Upheld").contains("No updates given Decision Partly upheld")
                .contains("On 'No updates given': our repair records show the visit was missed.");
        assertThat(r.stage2()).contains("Overall, your complaint is not upheld.").contains("Repair not booked Decision Not upheld");
    }

    @Test
    void provision_6_9_and_6_19_d_each_response_gives_its_reasons() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("The reasons for our decision")
                .contains("The repair was not booked when it should have been, under our repairs policy.");
        assertThat(r.stage2()).contains("The reasons for our decision")
                .contains("The stage 1 remedy fully put right the missed repair booking.");
    }

    @Test
    void provision_6_9_and_6_19_e_remedies_with_their_breakdown_or_why_none_is_offered() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("Putting things right").contains("Type of remedy Apology")
                .contains("We apologise for the delay in booking the repair.").contains("Type of remedy Financial")
                .contains("What will happen A payment for the time without heating.").contains("By when 27 March 2026")
                .contains("Statutory payment £25.00").contains("Quantifiable loss £50.00").contains("Time and trouble £75.50")
                .contains("Distress and inconvenience £100.00").contains("Total £250.50");
        assertThat(r.stage2()).contains("Putting things right").contains("We are not offering a remedy, because: "
                + "The stage 1 remedy already put things right and nothing further is owed.");
    }

    @Test
    void provision_6_9_and_6_19_f_outstanding_actions_with_owner_and_date_or_that_there_are_none() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("What we still have to do").contains("Replace the boiler with a new condensing boiler")
                .contains("Who is responsible Repairs Manager").contains("By when 10 April 2026");
        assertThat(r.stage2()).contains("What we still have to do").contains("There are no outstanding actions");
    }

    @Test
    void provision_6_9_and_6_19_g_the_escalation_route_to_stage_2_then_to_the_ombudsman() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("If you are not satisfied").contains("ask us to take your complaint to stage 2")
                .contains("You do not have to give reasons");
        assertThat(r.stage2()).contains("Taking your complaint to the Housing Ombudsman").contains("Housing Ombudsman Service")
                .contains("0300 111 3000");
    }

    @Test
    void response_letters_are_signed_by_job_title_and_never_name_the_handler() {
        Responses r = respondAtBothStages();
        assertThat(r.stage1()).contains("Yours sincerely").contains("Complaints Manager").doesNotContain("Letters Investigator");
        assertThat(r.stage2()).contains("Head of Customer Experience").doesNotContain("Letters Manager");
    }

    @Test
    void response_pdfs_are_tagged_with_embedded_fonts_a_title_and_a_language_and_page_1_is_saved_as_an_image() throws IOException {
        Responses r = respondAtBothStages();
        check(r.stage1Pdf(), "stage-1-response");
        check(r.stage2Pdf(), "stage-2-response");
    }

    private static void check(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Our stage");
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            // page 1 as name.png, later pages as name-page-N.png, to look at
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                Path out = Path.of("target", "letters", name + (page == 0 ? "" : "-page-" + (page + 1)) + ".png");
                Files.createDirectories(out.getParent());
                ImageIO.write(image, "png", out.toFile());
            }
        }
    }
}

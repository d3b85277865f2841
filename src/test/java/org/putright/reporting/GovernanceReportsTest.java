package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly report (9.6, 9.7) and the annual report (8.1, 8.2) on a reporting year of complaints made through the
 * API: April 2047 to March 2048, which only this test uses (the browser test uses April 2048 on). The year's figures
 * come from {@link FigureFixture#reportingYear}, plus one complaint taken to the Ombudsman, determined and ordered on.
 */
@WithDatabase
@Import(GovernanceReportsTest.SelfAssessmentForTests.class)
class GovernanceReportsTest {

    static final int YEAR = 2047;
    static final LocalDate FROM = LocalDate.of(2047, 4, 1);
    static final LocalDate TO = LocalDate.of(2048, 3, 31);
    static final Path OUT = Path.of("target", "reports");

    /** The self-assessment module's part, played by a test bean: one signed-off assessment for 2047/48 and none else. */
    @TestConfiguration
    static class SelfAssessmentForTests {

        @Bean
        SelfAssessmentSummaries selfAssessmentSummariesForTests() {
            return (from, to) -> from.equals(FROM) ? Optional.of(new SelfAssessmentSummary("2024", FROM, TO, 57, 50, 4, 2, 1,
                    List.of("5.1", "6.2"), 3, 1, LocalDate.of(2048, 5, 20), LocalDate.of(2048, 6, 10), "/self-assessments/test-2047"))
                    : Optional.empty();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ReportFigures figures;

    Api api;

    /** Made once for the class (the database outlives each test): how many fixture complaints, and the improvement's title. */
    private static int made = -1;
    private static String improvementTitle;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(2048, 6, 30).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        api = new Api(mvc, json).staff(FigureFixture.MANAGER, "MANAGER").staff(FigureFixture.VIEWER, "GOVERNANCE_VIEWER")
                .staff(FigureFixture.OFFICER, "COMPLAINTS_OFFICER");
        if (made < 0) {
            String tag = "gr" + UUID.randomUUID().toString().substring(0, 6);
            FigureFixture fixture = new FigureFixture(api, tag);
            made = fixture.reportingYear(YEAR, TO);
            ombudsmanCase(fixture, tag);
            // an improvement proposed and finished inside the year
            clock.set(LocalDate.of(2048, 2, 10).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
            improvementTitle = "Repair appointments by text " + tag;
            Api.Response improvement = fixture.officer().post("/api/v1/service-improvements", Map.of("title", improvementTitle,
                    "description", "Send every repair appointment by text message the day it is made.", "owner", "Repairs Manager"));
            assertThat(improvement.status()).as(improvement.toString()).isIn(200, 201);
            Api.Response done = fixture.officer().post("/api/v1/service-improvements/" + improvement.text("/id") + "/status",
                    Map.of("status", "DONE"));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            clock.set(LocalDate.of(2048, 6, 30).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        }
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /**
     * One more complaint (received 3 May 2047, not categorised), referred to the Ombudsman on 1 June 2047, determined on
     * 10 November with maladministration on one element and none on the other; an order due 10 December complied with
     * on 1 December; a complaint handling failure order made 15 January 2048, due 15 February, never complied with.
     */
    private void ombudsmanCase(FigureFixture fixture, String tag) {
        String complaint = fixture.receive(LocalDate.of(2047, 5, 3), "OMB-" + tag);
        String reference = fixture.officer().get("/api/v1/complaints/" + complaint).text("/reference");
        Api.Response referred = fixture.officer().post("/api/v1/ombudsman/cases", Map.of("ombudsmanReference", "HO-" + tag,
                "complaintReference", reference, "referredOn", "2047-06-01"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String id = referred.text("/id");
        Api.Response determined = fixture.officer().post("/api/v1/ombudsman/cases/" + id + "/determination", Map.of("determinedOn",
                "2047-11-10", "elements", List.of(Map.of("description", "Repairs", "finding", "MALADMINISTRATION"),
                        Map.of("description", "Rent", "finding", "NO_MALADMINISTRATION"))));
        assertThat(determined.status()).as(determined.toString()).isIn(200, 201);
        Api.Response order = fixture.officer().post("/api/v1/ombudsman/cases/" + id + "/orders", Map.of("kind", "ORDER", "description",
                "Apologise " + tag, "dueOn", "2047-12-10"));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        String orderId = null;
        for (JsonNode o : order.body().get("orders")) {
            orderId = o.get("id").asString();
        }
        Api.Response complied = fixture.officer().post("/api/v1/ombudsman/cases/" + id + "/orders/" + orderId + "/compliance",
                Map.of("compliedOn", "2047-12-01", "evidence", "Letter of apology sent"));
        assertThat(complied.status()).as(complied.toString()).isIn(200, 201);
        Api.Response chfo = fixture.officer().post("/api/v1/ombudsman/cases/" + id + "/orders", Map.of("kind",
                "COMPLAINT_HANDLING_FAILURE_ORDER", "description", "Send the complaint file " + tag, "madeOn", "2048-01-15", "dueOn", "2048-02-15"));
        assertThat(chfo.status()).as(chfo.toString()).isEqualTo(201);
    }

    /** How many of the fixture's complaints it refused (every eleventh), counted as {@link FigureFixture#reportingYear} does. */
    private static long refusedByFixture() {
        long refused = 0;
        for (int n = 0; n < made; n++) {
            if (n % 11 == 10) {
                refused++;
            }
        }
        return refused;
    }

    private JsonNode asJson(Object value) {
        return json.readTree(json.writeValueAsString(value));
    }

    @Test
    void provision_8_1_the_annual_report_has_the_years_figures_the_ombudsmans_findings_the_improvements_and_the_self_assessment() {
        Api.Response response = api.as(FigureFixture.VIEWER).get("/api/v1/reports/annual?year=2047");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode r = response.body();
        // every fixture complaint and the Ombudsman one were received at stage 1 in the year
        assertThat(r.at("/figures/stages/0/received").asLong()).isEqualTo(made + 1);
        assertThat(r.at("/figures/stages/0/refused").asLong()).isEqualTo(refusedByFixture());
        // 8.1 b: the types refused, by ground
        long byGround = 0;
        for (JsonNode g : r.at("/figures/refusalsByGround")) {
            byGround += g.get("stage1").asLong();
        }
        assertThat(byGround).isEqualTo(refusedByFixture());
        // the report's figures are the dashboard's, for the year and the year before
        assertThat(r.get("figures")).isEqualTo(asJson(figures.forPeriod(FROM, TO)));
        assertThat(r.get("previous")).isEqualTo(asJson(figures.forPeriod(LocalDate.of(2046, 4, 1), LocalDate.of(2047, 3, 31))));
        // 8.1 c: the determination's findings and the orders as they stood at the year end
        assertThat(r.at("/ombudsman/casesReferred").asInt()).isEqualTo(1);
        assertThat(r.at("/ombudsman/casesDetermined").asInt()).isEqualTo(1);
        assertThat(r.at("/ombudsman/findings/MALADMINISTRATION").asInt()).isEqualTo(1);
        assertThat(r.at("/ombudsman/maladministrationRate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(r.at("/ombudsman/orders/complied").asInt()).isEqualTo(1);
        assertThat(r.at("/ombudsman/complaintHandlingFailureOrders/overdue").asInt()).isEqualTo(1);
        // 8.1 d: the improvement is listed with what it is, not just counted
        boolean listed = false;
        for (JsonNode i : r.get("improvements")) {
            listed |= i.get("title").asString().equals(improvementTitle)
                    && i.get("description").asString().startsWith("Send every repair appointment")
                    && i.get("status").asString().equals("DONE") && i.get("completedOn").asString().equals("2048-02-10");
        }
        assertThat(listed).as(r.get("improvements").toString()).isTrue();
        // 8.1 a: from the self-assessment module's interface
        assertThat(r.at("/selfAssessment/provisions").asInt()).isEqualTo(57);
        assertThat(r.at("/selfAssessment/contradictedProvisions/1").asString()).isEqualTo("6.2");
        // TSM CH01 and CH02 alongside
        assertThat(r.at("/tsm/year").asString()).isEqualTo("2047/48");
        assertThat(r.at("/tsm/ch02/stage1Responded").asLong()).isEqualTo(r.at("/figures/stages/0/responded").asLong());
        // the plain-English analysis says what the figures say
        String analysis = r.get("analysis").toString();
        assertThat(analysis).contains((made + 1) + " complaints received at stage 1",
                r.at("/figures/stages/0/acknowledgedInTimePercent").decimalValue().stripTrailingZeros().toPlainString()
                        + "% of stage 1 complaints were acknowledged within the Code's timescale ("
                        + r.at("/figures/stages/0/acknowledgedInTime").asLong() + " of " + r.at("/figures/stages/0/acknowledged").asLong() + ")",
                "refused", "1 complaint handling failure order; 0 complied with, 1 overdue");
    }

    @Test
    void the_quarterly_report_compares_the_quarter_with_the_one_before_and_refuses_a_period_that_is_not_a_quarter() {
        JsonNode byDates = api.as(FigureFixture.VIEWER).get("/api/v1/reports/quarterly?from=2047-10-01&to=2047-12-31").body();
        JsonNode byCode = api.as(FigureFixture.VIEWER).get("/api/v1/reports/quarterly?quarter=2047-Q3").body();
        assertThat(byDates.get("figures")).isEqualTo(byCode.get("figures"))
                .isEqualTo(asJson(figures.forPeriod(LocalDate.of(2047, 10, 1), LocalDate.of(2047, 12, 31))));
        assertThat(byCode.get("previous")).isEqualTo(asJson(figures.forPeriod(LocalDate.of(2047, 7, 1), LocalDate.of(2047, 9, 30))));
        assertThat(byCode.get("periodLabel").asString()).isEqualTo("Quarter 3 of 2047/48 (October to December 2047)");
        // 9.7 c: the determination, and the order made with it, are in this quarter
        assertThat(byCode.at("/ombudsman/casesDetermined").asInt()).isEqualTo(1);
        assertThat(byCode.at("/ombudsman/orders/made").asInt()).isEqualTo(1);
        long received = byCode.at("/figures/stages/0/received").asLong();
        long before = byCode.at("/previous/stages/0/received").asLong();
        assertThat(byCode.get("analysis").get(0).asString()).startsWith(received + " complaints received at stage 1, "
                + (received == before ? "the same as in" : (received > before ? "up from " : "down from ") + before + " in") + " the previous quarter");

        JsonNode q4 = api.as(FigureFixture.VIEWER).get("/api/v1/reports/quarterly?quarter=2047-Q4").body();
        assertThat(q4.get("from").asString()).isEqualTo("2048-01-01");
        assertThat(q4.at("/ombudsman/complaintHandlingFailureOrders/made").asInt()).isEqualTo(1);

        Api.Response notAQuarter = api.as(FigureFixture.VIEWER).get("/api/v1/reports/quarterly?from=2047-10-01&to=2047-12-30");
        assertThat(notAQuarter.status()).isEqualTo(422);
        assertThat(api.as(FigureFixture.VIEWER).get("/api/v1/reports/quarterly?quarter=2047-Q5").status()).isEqualTo(422);
    }

    @Test
    void provision_8_2_a_manager_records_the_governing_bodys_response_which_is_published_alongside_and_every_version_is_kept()
            throws Exception {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("commentary", "Damp and mould complaints rose in the winter.\n\nWe have trained every surveyor.");
        text.put("ombudsmanAnnualReport", "The Ombudsman's 2047/48 report found our complaint handling improving.");
        text.put("otherOmbudsmanReports", "The spotlight report on damp applies to us.");
        Api.Response saved = api.as(FigureFixture.OFFICER).put("/api/v1/reports/annual/2047/text", text);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        Map<String, Object> body = Map.of("governingBodyResponse", "The board accepts the report and asks for monthly damp figures.",
                "consideredOn", "2048-06-24");
        // the governing body reads; only a manager records its response (on its behalf)
        assertThat(api.as(FigureFixture.VIEWER).put("/api/v1/reports/annual/2047/response", body).status()).isEqualTo(403);
        assertThat(api.as(FigureFixture.OFFICER).put("/api/v1/reports/annual/2047/response", body).status()).isEqualTo(403);
        Api.Response future = api.as(FigureFixture.MANAGER).put("/api/v1/reports/annual/2047/response",
                Map.of("governingBodyResponse", "Too soon", "consideredOn", "2048-07-01"));
        assertThat(future.status()).isEqualTo(422);
        Api.Response responded = api.as(FigureFixture.MANAGER).put("/api/v1/reports/annual/2047/response", body);
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);

        // a later change of the text keeps the response, and adds a version rather than overwriting one
        text.put("commentary", "Damp and mould complaints rose in the winter; see the damp plan.");
        JsonNode r = api.as(FigureFixture.OFFICER).put("/api/v1/reports/annual/2047/text", text).body();
        assertThat(r.at("/entered/governingBodyResponse").asString()).startsWith("The board accepts the report");
        assertThat(r.at("/entered/consideredOn").asString()).isEqualTo("2048-06-24");
        assertThat(r.at("/entered/commentary").asString()).contains("see the damp plan");
        int versions = r.get("versions").size();
        assertThat(versions).isGreaterThanOrEqualTo(3);
        assertThat(r.at("/versions/0/version").asInt()).isEqualTo(versions);
        assertThat(r.at("/versions/1/recordedBy").asString()).isEqualTo(FigureFixture.MANAGER);
        assertThat(r.at("/versions/2/commentary").asString()).contains("We have trained every surveyor.");

        String page = page("/reports/annual?year=2047", "GOVERNANCE_VIEWER");
        assertThat(page).contains("The board accepts the report and asks for monthly damp figures.", "24 June 2048", "see the damp plan",
                "/reports/annual/2047.pdf", "/reports/annual/2047.docx", "/reports/annual/2047.html").doesNotContain("id=\"edit-text\"");
        String published = page("/reports/annual/2047.html", "GOVERNANCE_VIEWER");
        assertThat(published).contains("The board accepts the report", "The spotlight report on damp applies to us.", "<svg")
                .doesNotContain("Staff menu", "Sign out");
    }

    @Test
    void the_text_form_keeps_what_was_typed_and_explains_each_mistake_and_governance_viewers_cannot_post() throws Exception {
        MockHttpServletResponse bad = mvc.perform(MockMvcRequestBuilders.post("/reports/quarterly/2047-Q2/response")
                .param("governingBodyResponse", "The board noted the quarter.").param("consideredOn.day", "31")
                .param("consideredOn.month", "2").param("consideredOn.year", "2048")
                .with(user("gr.pages.manager").roles("MANAGER")).with(csrf())).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary", "href=\"#consideredOn\"",
                "The date must be a real date", "The board noted the quarter.", "value=\"31\"");
        MockHttpServletResponse good = mvc.perform(MockMvcRequestBuilders.post("/reports/quarterly/2047-Q2/text")
                .param("commentary", "A steady quarter.").with(user("gr.pages.officer").roles("COMPLAINTS_OFFICER")).with(csrf()))
                .andReturn().getResponse();
        assertThat(good.getRedirectedUrl()).isEqualTo("/reports/quarterly?quarter=2047-Q2");
        assertThat(page("/reports/quarterly?quarter=2047-Q2", "COMPLAINTS_OFFICER")).contains("A steady quarter.", "id=\"edit-text\"");
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/reports/quarterly/2047-Q2/text").param("commentary", "No")
                .with(user("gr.pages.board").roles("GOVERNANCE_VIEWER")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/reports/quarterly?quarter=2047-Q2").with(user("gr.pages.io")
                .roles("INVESTIGATING_OFFICER"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        // the officer's form has no response fields: that is a manager's
        assertThat(page("/reports/quarterly/2047-Q2/text", "COMPLAINTS_OFFICER")).contains("text-form").doesNotContain("response-form");
    }

    @Test
    void a_year_without_a_self_assessment_says_so_and_where_to_record_one() throws Exception {
        String page = page("/reports/annual?year=2048", "MANAGER");
        assertThat(page).contains("No self-assessment against the Code is recorded for 1 April 2048 to 31 March 2049",
                "href=\"/self-assessments\"");
    }

    @Test
    void the_annual_pdf_is_tagged_and_has_every_part_of_8_1_the_response_and_the_figures() throws Exception {
        api.as(FigureFixture.MANAGER).put("/api/v1/reports/annual/2047/response", Map.of("governingBodyResponse",
                "The board thanks the complaints team.", "consideredOn", "2048-06-25"));
        byte[] pdf = download("/reports/annual/2047.pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("a) Self-assessment against the Complaint Handling Code",
                    "b) Analysis of our complaint handling performance", "c) Findings of non-compliance with the Code by the Ombudsman",
                    "d) Service improvements made from learning from complaints", "e) The Ombudsman's annual report about our performance",
                    "f) Other relevant reports and publications by the Ombudsman", "The governing body's response",
                    "The board thanks the complaints team.", (made + 1) + " complaints received at stage 1", "Complaints refused, by ground",
                    "CH01", "Severe maladministration", improvementTitle);
            save(document, 0, "annual-report-page-1.png");
            save(document, 2, "annual-report-page-3.png");
        }
    }

    @Test
    void the_quarterly_pdf_and_both_docx_files_carry_the_headings_tables_and_charts() throws Exception {
        byte[] pdf = download("/reports/quarterly/2047-Q4.pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Quarter 4 of 2047/48 (January to March 2048)", "Volumes, timeliness and outcomes",
                    "Ombudsman investigations and orders", "Learning and service improvements", "Complaint handling failure orders");
            save(document, 0, "quarterly-report-page-1.png");
            save(document, 1, "quarterly-report-page-2.png");
        }

        for (String path : List.of("/reports/annual/2047.docx", "/api/v1/reports/quarterly/2047-Q4.docx")) {
            byte[] docx = path.startsWith("/api") ? apiDownload(path) : download(path, ReportFiles.DOCX_TYPE);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                        .map(XWPFParagraph::getText).toList();
                if (path.contains("annual")) {
                    assertThat(headings).contains("a) Self-assessment against the Complaint Handling Code",
                            "b) Analysis of our complaint handling performance", "c) Findings of non-compliance with the Code by the Ombudsman",
                            "d) Service improvements made from learning from complaints",
                            "e) The Ombudsman's annual report about our performance",
                            "f) Other relevant reports and publications by the Ombudsman", "The governing body's response");
                }
                else {
                    assertThat(headings).contains("Summary", "Volumes, timeliness and outcomes", "Ombudsman investigations and orders");
                }
                assertThat(document.getStyles().styleExist("Heading1")).isTrue();
                assertThat(document.getTables()).hasSizeGreaterThan(5);
                assertThat(document.getTables().getFirst().getRow(0).getCell(0).getText()).isNotBlank();
                assertThat(document.getAllPictures()).isNotEmpty();
                // each chart has its description as alternative text
                String xml = document.getDocument().xmlText();
                assertThat(xml).contains("descr=\"Complaints received each month, by stage. Line chart");
                Files.createDirectories(OUT);
                Files.write(OUT.resolve(path.contains("annual") ? "annual-report.docx" : "quarterly-report.docx"), docx);
            }
        }
    }

    private String page(String path, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(user("gr.pages." + role.toLowerCase()).roles(role)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(String path, String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(user("gr.pages.board").roles("GOVERNANCE_VIEWER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        return response.getContentAsByteArray();
    }

    private byte[] apiDownload(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                .header("Authorization", api.as(FigureFixture.VIEWER).authorization())).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static void save(PDDocument document, int page, String name) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 80), "png", OUT.resolve(name).toFile());
    }
}

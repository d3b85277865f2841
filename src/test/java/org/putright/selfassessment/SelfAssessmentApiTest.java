package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 8.1: a self-assessment over the API, from creation through answers, actions, the sign-off (refused while the live
 * evidence contradicts an answer or a "must" is unmet without its explanation), the governing body and publication,
 * to the three exports. Years 2051 and 2052 are this module's; {@link FakeEvidence} answers for the 2051/52 year.
 */
@WithDatabase
@Import(FakeEvidence.class)
class SelfAssessmentApiTest {

    static final String OFFICER = "sa.officer";
    static final String MANAGER = "sa.manager";
    static final String BOARD = "sa.board";
    static final String INVESTIGATOR = "sa.investigator";
    static final String BASE = "/api/v1/self-assessments";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    CodeVersions codes;

    @Autowired
    SelfAssessments assessments;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(MANAGER, "MANAGER").staff(BOARD, "GOVERNANCE_VIEWER")
                .staff(INVESTIGATOR, "INVESTIGATING_OFFICER");
        today(LocalDate.of(2052, 5, 12));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    void today(LocalDate date) {
        clock.set(date.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    List<String> provisions2024() {
        return codes.find("2024").orElseThrow().provisions().stream().map(Provision::number).toList();
    }

    String create(String start, String end) {
        var created = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2024", "periodStart", start, "periodEnd", end, "reason", "ANNUAL",
                "fresh", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    Api.Response answer(String id, String number, Map<String, Object> body) {
        return api.as(OFFICER).put(BASE + "/" + id + "/provisions/" + number, body);
    }

    /** Every provision answered Yes with evidence, apart from those given. */
    void answerAll(String id, Map<String, Map<String, Object>> except) {
        for (String number : provisions2024()) {
            Map<String, Object> body = except.getOrDefault(number, Map.of("comply", "YES", "evidence", "Complaints policy section " + number,
                    "commentary", "Checked against the policy"));
            var answered = answer(id, number, body);
            assertThat(answered.status()).as(number + " " + answered).isEqualTo(200);
        }
    }

    static JsonNode provision(Api.Response assessment, String number) {
        for (JsonNode p : assessment.body().get("provisions")) {
            if (p.get("number").asString().equals(number)) {
                return p;
            }
        }
        throw new AssertionError("No provision " + number + " in " + assessment);
    }

    @Test
    void provision_8_1_an_assessment_is_created_filled_signed_off_considered_published_and_exported() throws Exception {
        String id = create("2051-04-01", "2052-03-31");
        var fresh = api.as(OFFICER).get(BASE + "/" + id);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.text("/codeVersion")).isEqualTo("2024");
        assertThat(fresh.text("/periodStart")).isEqualTo("2051-04-01");
        assertThat(fresh.text("/periodEnd")).isEqualTo("2052-03-31");
        assertThat(fresh.text("/reason")).isEqualTo("ANNUAL");
        assertThat(fresh.body().get("provisions")).hasSize(provisions2024().size());
        assertThat(fresh.text("/progress/answered")).isEqualTo("0");
        JsonNode first = fresh.body().get("provisions").get(0);
        assertThat(first.get("number").asString()).isEqualTo(provisions2024().getFirst());
        assertThat(first.get("requirement").asString()).isNotBlank();
        assertThat(first.get("comply").isNull()).isTrue();
        assertThat(first.get("liveEvidence").isNull()).isTrue();
        assertThat(first.get("contradicted").asBoolean()).isFalse();

        // 6.2 is contradicted by the evidence, so it is answered Partly with an explanation of the alternative approach
        Map<String, Map<String, Object>> except = new HashMap<>();
        except.put("6.2", Map.of("comply", "PARTLY", "evidence", "Acknowledgement report 2051/52", "commentary", "78% acknowledged in time",
                "alternativeApproach", "Urgent repairs complaints are phoned the same day; the letter follows. Residents get an answer sooner."));
        except.put("6.4", Map.of("comply", "NO", "evidence", "Extension log", "commentary", "Not yet in place",
                "alternativeApproach", "Extensions are agreed with the resident by phone and recorded on the case, which residents prefer."));
        except.put("8.4", Map.of("comply", "NOT_APPLICABLE", "commentary", "No Ombudsman investigation asked for a review this year"));
        answerAll(id, except);

        var action = api.as(OFFICER).post(BASE + "/" + id + "/provisions/6.2/actions",
                Map.of("description", "Automate acknowledgement letters", "owner", "Customer Voice Lead", "targetDate", "2052-07-31"));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        assertThat(action.text("/status")).isEqualTo("OPEN");
        assertThat(action.text("/owner")).isEqualTo("Customer Voice Lead");
        assertThat(action.body().get("overdue").asBoolean()).isFalse();

        var filled = api.as(OFFICER).get(BASE + "/" + id);
        assertThat(filled.text("/progress/answered")).isEqualTo(String.valueOf(provisions2024().size()));
        JsonNode p62 = provision(filled, "6.2");
        assertThat(p62.get("comply").asString()).isEqualTo("PARTLY");
        assertThat(p62.at("/liveEvidence/met").asLong()).isEqualTo(78);
        assertThat(p62.at("/liveEvidence/total").asLong()).isEqualTo(100);
        assertThat(p62.at("/liveEvidence/percent").decimalValue()).isEqualByComparingTo("78.0");
        // the fake source's two measures, and the record's own (nothing in the record in 2051/52, so 0 of 0, adding nothing)
        Map<String, JsonNode> measures = new java.util.LinkedHashMap<>();
        p62.at("/liveEvidence/measures").forEach(m -> measures.put(m.get("measure").asString(), m));
        assertThat(measures).containsOnlyKeys("stage1-acknowledged-logged", "stage1-acknowledged-letter", "stage-1-acknowledged-on-time");
        assertThat(measures.get("stage-1-acknowledged-on-time").get("total").asLong()).isZero();
        assertThat(measures.get("stage1-acknowledged-logged").at("/cases/0/complaintId").asString()).isEqualTo(FakeEvidence.LATE_CASE.toString());
        assertThat(p62.get("contradicted").asBoolean()).as("Partly admits the shortfall").isFalse();
        assertThat(p62.get("actions")).hasSize(1);
        assertThat(provision(filled, "6.13").get("contradicted").asBoolean()).as("97% is above the threshold").isFalse();
        assertThat(provision(filled, "7.1").at("/liveEvidence/percent").isNull()).as("no cases, no percent").isTrue();
        assertThat(provision(filled, "7.1").get("contradicted").asBoolean()).isFalse();

        // the governing body only reads
        assertThat(api.as(BOARD).get(BASE + "/" + id).status()).isEqualTo(200);
        assertThat(api.as(BOARD).post(BASE + "/" + id + "/sign-off", Map.of()).status()).isEqualTo(403);
        assertThat(api.as(INVESTIGATOR).post(BASE + "/" + id + "/sign-off", Map.of()).status()).isEqualTo(403);
        // nothing to publish before it is signed off and considered
        assertThat(api.as(OFFICER).post(BASE + "/" + id + "/governing-body", Map.of("consideredOn", "2052-04-28", "response", "Noted"))
                .status()).isEqualTo(409);

        var signed = api.as(OFFICER).post(BASE + "/" + id + "/sign-off", Map.of("signedOffOn", "2052-04-20"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.text("/signOff/on")).isEqualTo("2052-04-20");
        assertThat(signed.text("/signOff/recordedBy")).isEqualTo(OFFICER);
        // signed off: answers are final, actions still progress
        assertThat(answer(id, "1.2", Map.of("comply", "NO")).status()).isEqualTo(409);
        var done = api.as(OFFICER).post(BASE + "/" + id + "/actions/" + action.text("/id") + "/status",
                Map.of("status", "COMPLETE", "completionEvidence", "Letters sent automatically since June 2052"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.text("/status")).isEqualTo("COMPLETE");
        assertThat(done.body().get("history")).hasSize(2);

        var early = api.as(OFFICER).post(BASE + "/" + id + "/governing-body", Map.of("consideredOn", "2052-04-01", "response", "Noted"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/errors/0/field")).isEqualTo("consideredOn");
        var board = api.as(MANAGER).post(BASE + "/" + id + "/governing-body",
                Map.of("consideredOn", "2052-04-28", "response", "The board accepts the assessment and asks for a progress report in October."));
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        assertThat(board.text("/governingBody/on")).isEqualTo("2052-04-28");
        assertThat(board.text("/governingBody/note")).startsWith("The board accepts");
        var published = api.as(OFFICER).post(BASE + "/" + id + "/publication", Map.of("publishedOn", "2052-05-05"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.text("/publication/on")).isEqualTo("2052-05-05");

        var listed = api.as(BOARD).get(BASE);
        assertThat(listed.body().findValues("id").stream().map(JsonNode::asString)).contains(id);

        // exports: every provision of the 2024 Code present in each
        MvcResult html = export(id, "html");
        assertThat(html.getResponse().getContentType()).startsWith("text/html");
        Document page = Jsoup.parse(html.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.title()).contains("self-assessment");
        assertThat(page.select("nav")).as("no staff menu on the published page").isEmpty();
        assertThat(page.select("table")).hasSize(codes.find("2024").orElseThrow().sections().size());
        for (Element table : page.select("table")) {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th[scope=col]").eachText()).containsExactlyElementsOf(SelfAssessmentExports.COLUMNS);
        }
        assertThat(page.select("tbody th[scope=row]").eachText()).containsExactlyElementsOf(provisions2024());
        Element row62 = page.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("6.2")).findFirst().orElseThrow();
        assertThat(row62.text()).contains("Partly", "Urgent repairs complaints are phoned", "Automate acknowledgement letters",
                "Target 31/07/2052 – Customer Voice Lead", "Complete");
        assertThat(page.text()).contains("The board accepts the assessment", "5 May 2052");

        MvcResult docx = export(id, "docx");
        assertThat(docx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getTables()).hasSize(codes.find("2024").orElseThrow().sections().size());
            List<String> numbers = new ArrayList<>();
            for (XWPFTable table : doc.getTables()) {
                List<XWPFTableRow> rows = table.getRows();
                assertThat(rows.getFirst().getCell(0).getText()).isEqualTo("Provision");
                assertThat(rows.getFirst().getCell(2).getText()).isEqualTo("Comply");
                rows.stream().skip(1).forEach(r -> numbers.add(r.getCell(0).getText()));
            }
            assertThat(numbers).containsExactlyElementsOf(provisions2024());
            XWPFTableRow docx62 = doc.getTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0).getText().equals("6.2"))
                    .findFirst().orElseThrow();
            assertThat(docx62.getCell(2).getText()).isEqualTo("Partly");
            assertThat(docx62.getCell(5).getText()).contains("Automate acknowledgement letters");
        }

        MvcResult pdf = export(id, "pdf");
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            for (String number : provisions2024()) {
                assertThat(text).as("provision " + number + " in the PDF").containsPattern("(?m)^" + java.util.regex.Pattern.quote(number) + "\\b");
            }
            assertThat(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("a tagged PDF").isTrue();
        }

        // the summary for the annual report
        SelfAssessmentSummary summary = assessments.summaryFor(LocalDate.of(2052, 3, 1), LocalDate.of(2052, 3, 31)).orElseThrow();
        assertThat(summary.id().toString()).isEqualTo(id);
        assertThat(summary.partly()).isEqualTo(1);
        assertThat(summary.no()).isEqualTo(1);
        assertThat(summary.notApplicable()).isEqualTo(1);
        assertThat(summary.yes()).isEqualTo(provisions2024().size() - 3);
        assertThat(summary.signedOffOn()).isEqualTo(LocalDate.of(2052, 4, 20));
        assertThat(summary.governingBodyConsideredOn()).isEqualTo(LocalDate.of(2052, 4, 28));
        assertThat(summary.publishedOn()).isEqualTo(LocalDate.of(2052, 5, 5));
        assertThat(summary.link()).isEqualTo("/self-assessments/" + id);

        // and the annual report for 2051/52 carries it as its section a (8.1 a)
        var report = api.as(BOARD).get("/api/v1/reports/annual?year=2051");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.text("/selfAssessment/codeVersion")).isEqualTo("2024");
        assertThat(report.body().at("/selfAssessment/provisions").asInt()).isEqualTo(provisions2024().size());
        assertThat(report.body().at("/selfAssessment/notComplied").asInt()).isEqualTo(1);
        assertThat(report.text("/selfAssessment/signedOffOn")).isEqualTo("2052-04-20");
        assertThat(report.text("/selfAssessment/link")).isEqualTo("/self-assessments/" + id);
    }

    MvcResult export(String id, String format) throws Exception {
        MvcResult result = mvc.perform(get(BASE + "/" + id + "/export." + format)
                .header(HttpHeaders.AUTHORIZATION, api.as(BOARD).authorization())).andReturn();
        assertThat(result.getResponse().getStatus()).as(format).isEqualTo(200);
        return result;
    }

    @Test
    void provision_8_1_a_yes_the_live_evidence_contradicts_is_flagged_and_sign_off_refused_until_reviewed() {
        String id = create("2051-04-01", "2052-03-30");
        answerAll(id, Map.of());

        var assessment = api.as(OFFICER).get(BASE + "/" + id);
        JsonNode p62 = provision(assessment, "6.2");
        assertThat(p62.get("comply").asString()).isEqualTo("YES");
        assertThat(p62.get("contradicted").asBoolean()).isTrue();
        assertThat(p62.get("contradiction").asString()).contains("78 of 100", "78.0%");
        assertThat(provision(assessment, "6.4").get("contradicted").asBoolean()).isTrue();
        assertThat(provision(assessment, "6.13").get("contradicted").asBoolean()).isFalse();
        assertThat(assessment.body().get("contradicted").toString()).contains("6.2", "6.4").doesNotContain("6.13");

        var refused = api.as(OFFICER).post(BASE + "/" + id + "/sign-off", Map.of("signedOffOn", "2052-04-20"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/provision")).isEqualTo("8.1");
        assertThat(refused.text("/rule")).isEqualTo("ContradictionReviewedBeforeSignOff");
        assertThat(refused.body().get("provisions").toString()).contains("6.2", "6.4");

        // confirming without explaining is refused; confirming with the commentary records the review
        var unexplained = answer(id, "6.2", Map.of("comply", "YES", "evidence", "Acknowledgement report", "confirmedDespiteEvidence", true));
        assertThat(unexplained.status()).isEqualTo(422);
        assertThat(unexplained.text("/errors/0/field")).isEqualTo("commentary");
        var confirmed = answer(id, "6.2", Map.of("comply", "YES", "evidence", "Acknowledgement report", "commentary",
                "The late ones were all logged on time; only the letter went late during the system change in May 2051.",
                "confirmedDespiteEvidence", true));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().get("contradicted").asBoolean()).as("still contradicted, but reviewed").isTrue();
        assertThat(confirmed.body().get("contradictionReviewed").asBoolean()).isTrue();
        assertThat(confirmed.body().get("confirmedPercent").decimalValue()).isEqualByComparingTo("78.0");
        assertThat(confirmed.body().get("history")).as("the earlier answer is kept").hasSize(2);

        var stillRefused = api.as(OFFICER).post(BASE + "/" + id + "/sign-off", Map.of("signedOffOn", "2052-04-20"));
        assertThat(stillRefused.status()).isEqualTo(422);
        assertThat(stillRefused.body().get("provisions").toString()).contains("6.4").doesNotContain("6.2");

        // changing 6.4 to No reviews the contradiction, but a "must" not met needs the alternative approach explained
        assertThat(answer(id, "6.4", Map.of("comply", "NO", "commentary", "Extensions are not yet decided case by case")).status()).isEqualTo(200);
        var unexplainedMust = api.as(OFFICER).post(BASE + "/" + id + "/sign-off", Map.of("signedOffOn", "2052-04-20"));
        assertThat(unexplainedMust.status()).isEqualTo(422);
        assertThat(unexplainedMust.text("/provision")).isEqualTo("8.1");
        assertThat(unexplainedMust.text("/rule")).isEqualTo("UnmetMustNeedsAlternativeApproach");
        assertThat(unexplainedMust.body().get("provisions").toString()).contains("6.4");

        assertThat(answer(id, "6.4", Map.of("comply", "NO", "commentary", "Extensions are not yet decided case by case",
                "alternativeApproach", "Every stage 1 is answered within 10 days without extensions, which residents rate higher.")).status())
                .isEqualTo(200);
        var signed = api.as(MANAGER).post(BASE + "/" + id + "/sign-off", Map.of("signedOffOn", "2052-04-20"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    }

    @Test
    void bad_input_is_refused_with_problem_details() {
        var badVersion = api.as(OFFICER).post(BASE, Map.of("codeVersion", "1999", "periodStart", "2051-04-01", "periodEnd", "2052-03-31",
                "reason", "ANNUAL"));
        assertThat(badVersion.status()).isEqualTo(422);
        assertThat(badVersion.text("/errors/0/field")).isEqualTo("codeVersion");
        var badReason = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2024", "periodStart", "2051-04-01", "periodEnd", "2052-03-31",
                "reason", "WHIM"));
        assertThat(badReason.status()).isEqualTo(422);
        assertThat(badReason.text("/errors/0/field")).isEqualTo("reason");
        var backwards = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2024", "periodStart", "2052-03-31", "periodEnd", "2051-04-01",
                "reason", "ANNUAL"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.text("/errors/0/field")).isEqualTo("periodEnd");

        String id = create("2051-04-01", "2052-03-31");
        var badComply = answer(id, "1.2", Map.of("comply", "MOSTLY"));
        assertThat(badComply.status()).isEqualTo(422);
        assertThat(badComply.text("/errors/0/field")).isEqualTo("comply");
        assertThat(answer(id, "99.9", Map.of("comply", "YES")).status()).isEqualTo(404);
        assertThat(api.as(OFFICER).get(BASE + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as(OFFICER).post(BASE + "/" + id + "/provisions/99.9/actions", Map.of("description", "x", "owner", "y")).status())
                .isEqualTo(404);
        var noOwner = api.as(OFFICER).post(BASE + "/" + id + "/provisions/1.2/actions", Map.of("description", "Rewrite the policy"));
        assertThat(noOwner.status()).isEqualTo(422);
        assertThat(noOwner.text("/errors/0/field")).isEqualTo("owner");
        assertThat(api.as(BOARD).put(BASE + "/" + id + "/provisions/1.2", Map.of("comply", "YES")).status()).isEqualTo(403);

        var unanswered = api.as(OFFICER).post(BASE + "/" + id + "/sign-off", Map.of());
        assertThat(unanswered.status()).isEqualTo(422);
        assertThat(unanswered.text("/errors/0/field")).isEqualTo("provisions");
    }

    @Test
    void provision_8_1_year_on_year_answers_carry_over_open_actions_carry_forward_and_overdue_actions_are_flagged() {
        today(LocalDate.of(2052, 6, 1));
        String last = create("2052-01-01", "2052-06-30");
        assertThat(answer(last, "1.2", Map.of("comply", "YES", "evidence", "Policy 2052", "commentary", "Definition in section 2")).status())
                .isEqualTo(200);
        assertThat(answer(last, "3.1", Map.of("comply", "PARTLY", "evidence", "Website", "commentary", "Leaflets not yet updated")).status())
                .isEqualTo(200);
        var open = api.as(OFFICER).post(BASE + "/" + last + "/provisions/3.1/actions",
                Map.of("description", "Reprint the complaints leaflet", "owner", "Communications Manager", "targetDate", "2052-06-15"));
        var finished = api.as(OFFICER).post(BASE + "/" + last + "/provisions/3.1/actions",
                Map.of("description", "Update the website page", "owner", "Digital Lead", "targetDate", "2052-06-10"));
        assertThat(api.as(OFFICER).post(BASE + "/" + last + "/actions/" + finished.text("/id") + "/status",
                Map.of("status", "COMPLETE", "completionEvidence", "Page live 9 June 2052")).status()).isEqualTo(200);
        assertThat(api.as(OFFICER).post(BASE + "/" + last + "/actions/" + finished.text("/id") + "/status", Map.of("status", "COMPLETE")).status())
                .as("complete needs its evidence").isEqualTo(422);

        // the target passes: the open action is overdue, the completed one is not
        today(LocalDate.of(2052, 7, 3));
        var overdue = api.as(OFFICER).get(BASE + "/" + last);
        JsonNode actions = provision(overdue, "3.1").get("actions");
        assertThat(actions.get(0).get("description").asString()).as("earliest target first").isEqualTo("Update the website page");
        assertThat(actions.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(actions.get(1).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.text("/overdueActions")).isEqualTo("1");

        // this year's assessment starts from last year's on its own (the latest earlier one of the same Code)
        var created = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2024", "periodStart", "2052-07-01", "periodEnd", "2052-12-31",
                "reason", "RESTRUCTURE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("/startedFrom")).isEqualTo(last);
        assertThat(created.text("/reason")).isEqualTo("RESTRUCTURE");
        String id = created.text("/id");
        JsonNode carried = provision(created, "3.1");
        assertThat(carried.get("comply").asString()).isEqualTo("PARTLY");
        assertThat(carried.get("carriedOver").asBoolean()).isTrue();
        assertThat(carried.get("changedSinceLastYear").asBoolean()).isFalse();
        assertThat(carried.get("lastYear").asString()).isEqualTo("PARTLY");
        assertThat(carried.get("actions")).as("only the open action is carried forward").hasSize(1);
        JsonNode forward = carried.get("actions").get(0);
        assertThat(forward.get("description").asString()).isEqualTo("Reprint the complaints leaflet");
        assertThat(forward.get("carriedFrom").asString()).isEqualTo(open.text("/id"));
        assertThat(forward.get("carriedFromAssessment").asString()).isEqualTo(last);
        assertThat(forward.get("overdue").asBoolean()).isTrue();
        assertThat(provision(created, "1.3").get("changedSinceLastYear").asBoolean()).as("not answered either year").isFalse();

        var changed = answer(id, "3.1", Map.of("comply", "YES", "evidence", "Leaflet reprinted", "commentary", "Done"));
        assertThat(changed.body().get("changedSinceLastYear").asBoolean()).isTrue();
        assertThat(changed.body().get("carriedOver").asBoolean()).isFalse();
        assertThat(changed.body().get("lastYear").asString()).isEqualTo("PARTLY");

        // in last year's assessment the carried action points forward and is no longer flagged there
        JsonNode original = provision(api.as(OFFICER).get(BASE + "/" + last), "3.1").get("actions").get(1);
        assertThat(original.get("carriedTo").asString()).isEqualTo(forward.get("id").asString());
        assertThat(original.get("overdue").asBoolean()).isFalse();

        // an explicit start from another Code's assessment is refused
        var otherCode = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2022", "periodStart", "2052-07-01", "periodEnd", "2052-12-31",
                "reason", "ANNUAL", "startFrom", last));
        assertThat(otherCode.status()).isEqualTo(422);
        assertThat(otherCode.text("/errors/0/field")).isEqualTo("startFrom");
    }
}

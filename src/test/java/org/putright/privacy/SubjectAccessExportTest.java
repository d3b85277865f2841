package org.putright.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.residents.ResidentRecords;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** UK GDPR Art. 15: everything held about a resident, as JSON and a readable PDF; disclosures only with a lawful reason. */
@WithDatabase
class SubjectAccessExportTest {

    static final String OFFICER = "sar.officer";
    static final String INVESTIGATOR = "sar.investigator";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidentRecords residents;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(INVESTIGATOR, "INVESTIGATING_OFFICER");
    }

    record Case(UUID complaintId, String reference, UUID residentId) {
    }

    private Case complaintWithLetter(String name) {
        Map<String, Object> resident = new LinkedHashMap<>();
        resident.put("name", name);
        resident.put("tenancyReference", "T-SAR-" + UUID.randomUUID().toString().substring(0, 8));
        resident.put("email", "sar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        resident.put("postcode", "LS2 9JT");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", "2026-03-02T10:15:00Z");
        body.put("channel", "EMAIL");
        body.put("resident", resident);
        body.put("description", "Water has been coming through the bathroom ceiling since January.");
        Api.Response created = api.as(OFFICER).post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.text("/id"));
        Api.Response ack = api.as(OFFICER).post("/api/v1/complaints/" + id + "/acknowledgement", Map.of("acknowledgedOn", "2026-03-03",
                "handler", OFFICER, "definition", Map.of("summary", "Leak through the ceiling", "points", List.of("The leak"),
                        "outcomesSought", List.of("Leak fixed"))));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        UUID residentId = residents.forComplaint(id).orElseThrow().id();
        jdbc.sql("""
                insert into disclosure (id, resident_id, disclosed_text, disclosed_on, disclosed_how, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), residentId, "I have COPD and the damp makes my breathing worse.", LocalDate.of(2026, 3, 2),
                        "BY_PHONE", OFFICER, OffsetDateTime.of(2026, 3, 2, 11, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return new Case(id, created.text("/reference"), residentId);
    }

    @Test
    void the_json_export_holds_the_complaint_and_letters_and_leaves_out_disclosures_without_a_lawful_reason() throws Exception {
        Case c = complaintWithLetter("Florence Nightingale");

        MockHttpServletResponse response = fetch(OFFICER, "/api/v1/residents/" + c.residentId() + "/subject-access-export.json");
        assertThat(response.getStatus()).isEqualTo(200);
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = json.readTree(text);
        assertThat(export.at("/resident/resident/name").asString()).isEqualTo("Florence Nightingale");
        assertThat(export.at("/complaints/0/complaint/reference").asString()).isEqualTo(c.reference());
        assertThat(export.at("/complaints/0/complaint/description").asString()).contains("bathroom ceiling");
        assertThat(export.at("/complaints/0/complaint/history").size()).isGreaterThanOrEqualTo(2);
        assertThat(export.at("/complaints/0/letters/0/type").asString()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(export.at("/complaints/0/letters/0/text").asString()).contains(c.reference());
        assertThat(export.at("/resident/auditTrail").toString()).contains("ComplaintLinked");
        assertThat(export.at("/resident/disclosures/included").asBoolean()).isFalse();
        assertThat(export.at("/resident/disclosures/held").asInt()).isEqualTo(1);
        assertThat(text).doesNotContain("COPD");
        assertThat(reads(c.residentId())).isEmpty();

        // with a lawful reason they are included, and the read is logged
        MockHttpServletResponse withReason = fetch(OFFICER, "/api/v1/residents/" + c.residentId()
                + "/subject-access-export.json?lawfulReason=Resident asked for all data, identity checked");
        assertThat(withReason.getContentAsString(StandardCharsets.UTF_8)).contains("COPD");
        assertThat(reads(c.residentId())).containsExactly("subject access export: Resident asked for all data, identity checked");

        // each export is in the resident's audit trail, with who and the format
        List<String> exports = jdbc.sql("select payload from resident_event where resident_id = ? and event_type = 'SubjectAccessExported'"
                + " and actor = ? order by sequence").params(c.residentId(), OFFICER).query(String.class).list();
        assertThat(exports).hasSize(2);
        assertThat(exports.get(0)).contains("\"format\":\"JSON\"").contains("\"disclosuresIncluded\":false");
        assertThat(exports.get(1)).contains("\"disclosuresIncluded\":true");
    }

    @Test
    void the_pdf_export_is_readable_text_with_the_residents_name_and_complaint_reference() throws Exception {
        Case c = complaintWithLetter("Mary Seacole");

        MockHttpServletResponse response = fetch(OFFICER, "/api/v1/residents/" + c.residentId() + "/subject-access-export.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).contains("Mary Seacole").contains(c.reference()).contains("bathroom ceiling")
                .contains("not included in this copy").doesNotContain("COPD");
        String logged = jdbc.sql("select payload from resident_event where resident_id = ? and event_type = 'SubjectAccessExported'")
                .param(c.residentId()).query(String.class).single();
        assertThat(logged).contains("\"format\":\"PDF\"");
    }

    @Test
    void only_managers_and_complaints_officers_can_export() throws Exception {
        Case c = complaintWithLetter("Elizabeth Garrett");
        assertThat(fetch(INVESTIGATOR, "/api/v1/residents/" + c.residentId() + "/subject-access-export.json").getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from resident_event where resident_id = ? and event_type = 'SubjectAccessExported'")
                .param(c.residentId()).query(Integer.class).single()).isZero();
    }

    @Test
    void the_page_offers_both_downloads_and_the_lawful_reason() throws Exception {
        Case c = complaintWithLetter("Edith Cavell");
        String page = mvc.perform(MockMvcRequestBuilders.get("/residents/" + c.residentId() + "/subject-access")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(OFFICER)
                        .roles("COMPLAINTS_OFFICER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Edith Cavell").contains("/residents/" + c.residentId() + "/subject-access-export.pdf")
                .contains("/residents/" + c.residentId() + "/subject-access-export.json").contains("name=\"lawfulReason\"");
        int forbidden = mvc.perform(MockMvcRequestBuilders.get("/residents/" + c.residentId() + "/subject-access")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("viewer")
                        .roles("GOVERNANCE_VIEWER")))
                .andReturn().getResponse().getStatus();
        assertThat(forbidden).isEqualTo(403);
    }

    private List<String> reads(UUID residentId) {
        return jdbc.sql("select purpose from special_category_read where resident_id = ? order by read_at").param(residentId)
                .query(String.class).list();
    }

    private MockHttpServletResponse fetch(String as, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", api.as(as).authorization())).andReturn().getResponse();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

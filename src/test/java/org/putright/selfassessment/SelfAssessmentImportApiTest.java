package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 8.1: last year's form, uploaded, becomes this year's starting point; PutRight's own DOCX export reads back in. */
@WithDatabase
@Import(FakeEvidence.class)
class SelfAssessmentImportApiTest {

    static final String OFFICER = "sa.import.officer";
    static final String BASE = "/api/v1/self-assessments";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    Api api;

    Api.Response upload(String filename, byte[] content, String version) throws Exception {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        MvcResult result = mvc.perform(multipart(BASE + "/import").file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .param("codeVersion", version).param("periodStart", "2051-01-01").param("periodEnd", "2051-03-31").param("reason", "ANNUAL")
                .header(HttpHeaders.AUTHORIZATION, api.as(OFFICER).authorization())).andReturn();
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Api.Response(result.getResponse().getStatus(), result.getResponse().getContentType(),
                text.isBlank() ? json.nullNode() : json.readTree(text), Map.of());
    }

    @Test
    void provision_8_1_a_csv_form_becomes_the_starting_point_with_its_answers_and_actions() throws Exception {
        String csv = """
                Provision,Code requirement,Comply,Evidence,Commentary / explanation,Actions
                1.2,"A complaint must be defined as: 'an expression of dissatisfaction, however made'",Yes,Complaints policy section 2,Definition adopted word for word,
                3.1,Landlords must make it easy for residents to complain,No,Website only,Leaflets to follow,Reprint the leaflets [Target 31/07/52 – Customer Voice Lead]
                """;
        var imported = upload("last-year.csv", csv.getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode assessment = imported.body().get("assessment");
        String id = assessment.get("id").asString();
        var got = api.as(OFFICER).get(BASE + "/" + id);
        assertThat(got.text("/importedFrom")).isEqualTo("last-year.csv");
        JsonNode p12 = SelfAssessmentApiTest.provision(got, "1.2");
        assertThat(p12.get("comply").asString()).isEqualTo("YES");
        assertThat(p12.get("evidence").asString()).isEqualTo("Complaints policy section 2");
        assertThat(p12.get("carriedOver").asBoolean()).isTrue();
        JsonNode p31 = SelfAssessmentApiTest.provision(got, "3.1");
        assertThat(p31.get("comply").asString()).isEqualTo("NO");
        assertThat(p31.get("actions")).as(p31.toString()).isNotEmpty();
        assertThat(p31.get("actions").get(0).get("owner").asString()).isEqualTo("Customer Voice Lead");
        assertThat(p31.get("actions").get(0).get("targetDate").asString()).isEqualTo("2052-07-31");
        assertThat(SelfAssessmentApiTest.provision(got, "1.3").get("comply").isNull()).isTrue();
    }

    @Test
    void provision_8_1_an_exported_docx_reads_back_as_the_next_starting_point() throws Exception {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        var created = api.as(OFFICER).post(BASE, Map.of("codeVersion", "2024", "periodStart", "2051-04-01", "periodEnd", "2052-03-31",
                "reason", "ANNUAL", "fresh", true));
        String id = created.text("/id");
        assertThat(api.as(OFFICER).put(BASE + "/" + id + "/provisions/5.1", Map.of("comply", "YES", "evidence", "Single policy, v4",
                "commentary", "Reviewed in 2051")).status()).isEqualTo(200);
        assertThat(api.as(OFFICER).put(BASE + "/" + id + "/provisions/6.4", Map.of("comply", "PARTLY", "evidence", "Extension log",
                "commentary", "Some extensions not agreed")).status()).isEqualTo(200);
        MvcResult docx = mvc.perform(get(BASE + "/" + id + "/export.docx").header(HttpHeaders.AUTHORIZATION, api.as(OFFICER).authorization()))
                .andReturn();

        var imported = upload("2051-52.docx", docx.getResponse().getContentAsByteArray(), "2024");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        var got = api.as(OFFICER).get(BASE + "/" + imported.text("/assessment/id"));
        assertThat(SelfAssessmentApiTest.provision(got, "5.1").get("comply").asString()).isEqualTo("YES");
        assertThat(SelfAssessmentApiTest.provision(got, "5.1").get("evidence").asString()).isEqualTo("Single policy, v4");
        assertThat(SelfAssessmentApiTest.provision(got, "6.4").get("comply").asString()).isEqualTo("PARTLY");
    }

    @Test
    void a_file_that_is_not_a_form_is_refused() throws Exception {
        var refused = upload("notes.pdf", "not a form".getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/errors/0/field")).isEqualTo("file");
        var empty = upload("empty.csv", "Provision,Code requirement,Comply\n".getBytes(StandardCharsets.UTF_8), "2024");
        assertThat(empty.status()).isEqualTo(422);
    }
}

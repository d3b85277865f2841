package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/** 9.4: the landlord's own category lists, and complaints filed under them as appended events. */
@WithDatabase
class CategoriesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("cat.officer", "COMPLAINTS_OFFICER").staff("cat.manager", "MANAGER");
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String complaint() {
        Api.Response created = api.as("cat.officer").post("/api/v1/complaints", Map.of("receivedAt", "2026-03-02T10:00:00Z", "channel",
                "PHONE", "resident", Map.of("name", "Category Resident " + tag), "description", "Mould in the bathroom " + tag));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    private Api.Response categorise(String id, String serviceArea, String cause, String team) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceArea", serviceArea);
        body.put("cause", cause);
        body.put("team", team);
        return api.as("cat.officer").put("/api/v1/complaints/" + id + "/categories", body);
    }

    @Test
    void managers_keep_the_lists_and_retire_rather_than_delete() {
        Api.Response all = api.as("cat.officer").get("/api/v1/categories?kind=SERVICE_AREA");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().findValuesAsString("code")).contains("REPAIRS", "DAMP_AND_MOULD", "ANTI_SOCIAL_BEHAVIOUR",
                "RENT_AND_CHARGES", "ESTATE_SERVICES");
        assertThat(api.as("cat.officer").get("/api/v1/categories?kind=CAUSE").body().findValuesAsString("code")).contains("DELAY",
                "QUALITY_OF_WORK", "COMMUNICATION", "STAFF_CONDUCT", "POLICY");

        String code = "CONTRACTOR_" + tag;
        Map<String, Object> contractor = Map.of("kind", "TEAM", "code", code, "label", "Acme Repairs " + tag);
        assertThat(api.as("cat.officer").post("/api/v1/categories", contractor).status()).isEqualTo(403);
        Api.Response added = api.as("cat.manager").post("/api/v1/categories", contractor);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(api.as("cat.manager").post("/api/v1/categories", contractor).status()).isEqualTo(409);
        assertThat(api.as("cat.manager").post("/api/v1/categories", Map.of("kind", "TEAM", "code", "lower case", "label", "x")).status())
                .isEqualTo(400);

        String id = complaint();
        Api.Response filed = categorise(id, "REPAIRS", "DELAY", code);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.text("/categories/team")).isEqualTo(code);

        Api.Response retired = api.as("cat.manager").post("/api/v1/categories/TEAM/" + code + "/retirement", null);
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.body().get("active").asBoolean()).isFalse();
        assertThat(api.as("cat.officer").get("/api/v1/categories?kind=TEAM").body().findValuesAsString("code")).contains(code);
        assertThat(api.as("cat.officer").get("/api/v1/categories?kind=TEAM&activeOnly=true").body().findValuesAsString("code"))
                .doesNotContain(code);

        // a complaint already filed under the retired team can have its cause corrected; no other complaint can choose it
        assertThat(categorise(id, "REPAIRS", "COMMUNICATION", code).status()).isEqualTo(200);
        Api.Response refused = categorise(complaint(), "REPAIRS", "DELAY", code);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("team", "retired");
    }

    @Test
    void provision_9_4_a_complaint_is_categorised_by_an_appended_event_and_the_report_row_follows() {
        String id = complaint();
        Api.Response unknown = categorise(id, "NO_SUCH_AREA", null, null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().toString()).contains("serviceArea");

        assertThat(categorise(id, "DAMP_AND_MOULD", "DELAY", "REPAIRS_TEAM").status()).isEqualTo(200);
        Api.Response corrected = categorise(id, "DAMP_AND_MOULD", "QUALITY_OF_WORK", "REPAIRS_TEAM");
        assertThat(corrected.text("/categories/cause")).isEqualTo("QUALITY_OF_WORK");
        // the same again records nothing new
        categorise(id, "DAMP_AND_MOULD", "QUALITY_OF_WORK", "REPAIRS_TEAM");
        assertThat(api.as("cat.officer").get("/api/v1/complaints/" + id).body().get("history").findValuesAsString("type"))
                .filteredOn("Categorised"::equals).hasSize(2);

        Map<String, Object> row = jdbc.sql("select service_area, cause, team from report_stage where complaint_id = ? and stage = 1")
                .param(UUID.fromString(id)).query().singleRow();
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        assertThat(lower).containsEntry("service_area", "DAMP_AND_MOULD").containsEntry("cause", "QUALITY_OF_WORK")
                .containsEntry("team", "REPAIRS_TEAM");
    }

    @Test
    void the_case_page_records_categories_with_its_form() throws Exception {
        String id = complaint();
        MvcResult page = mvc.perform(get("/cases/" + id).with(user("cat.officer").roles("COMPLAINTS_OFFICER"))).andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Not categorised yet").contains("id=\"categories-form\"").contains("<option value=\"DAMP_AND_MOULD\"");

        MvcResult empty = mvc.perform(post("/cases/" + id + "/categories").with(user("cat.officer").roles("COMPLAINTS_OFFICER"))
                .with(csrf())).andReturn();
        assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary")
                .contains("Select the service area, the cause or the team");

        MvcResult done = mvc.perform(post("/cases/" + id + "/categories").param("serviceArea", "ESTATE_SERVICES").param("cause", "POLICY")
                .param("team", "").with(user("cat.officer").roles("COMPLAINTS_OFFICER")).with(csrf())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id);
        String after = mvc.perform(get("/cases/" + id).with(user("cat.officer").roles("COMPLAINTS_OFFICER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Service area: Estate services").contains("Cause: Policy").doesNotContain("Team or contractor: ");
    }

    @Test
    void managers_add_and_retire_categories_on_their_page() throws Exception {
        String officerView = mvc.perform(get("/categories").with(user("cat.officer").roles("COMPLAINTS_OFFICER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(officerView).contains("Damp and mould", "Teams and contractors").doesNotContain("id=\"category-form\"");

        String missing = mvc.perform(post("/categories").param("kind", "").param("code", "").param("label", "")
                .with(user("cat.manager").roles("MANAGER")).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("govuk-error-summary", "Select which list the category goes in", "Enter the name staff will see");

        String label = "Brightside Contractors " + tag;
        MvcResult added = mvc.perform(post("/categories").param("kind", "TEAM").param("code", "brightside " + tag).param("label", label)
                .with(user("cat.manager").roles("MANAGER")).with(csrf())).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/categories");
        assertThat(api.as("cat.officer").get("/api/v1/categories?kind=TEAM&activeOnly=true").body().findValuesAsString("code"))
                .contains("BRIGHTSIDE_" + tag);
        assertThat(mvc.perform(post("/categories/TEAM/BRIGHTSIDE_" + tag + "/retirement").with(user("cat.officer").roles("COMPLAINTS_OFFICER"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult retired = mvc.perform(post("/categories/TEAM/BRIGHTSIDE_" + tag + "/retirement").with(user("cat.manager").roles("MANAGER"))
                .with(csrf())).andReturn();
        assertThat(retired.getResponse().getRedirectedUrl()).isEqualTo("/categories");
        assertThat(api.as("cat.officer").get("/api/v1/categories?kind=TEAM&activeOnly=true").body().findValuesAsString("code"))
                .doesNotContain("BRIGHTSIDE_" + tag);
    }
}

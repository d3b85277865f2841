package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the landlord records for the measures: homes owned per year and TP09 results, each entry kept, the latest used. */
@WithDatabase
class TsmRecordsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    Api api() {
        return new Api(mvc, json).staff("tsm.rec.manager", "MANAGER").staff("tsm.rec.officer", "COMPLAINTS_OFFICER")
                .staff("tsm.rec.viewer", "GOVERNANCE_VIEWER");
    }

    @Test
    void homes_owned_are_recorded_per_year_with_history_and_the_latest_wins() {
        Api api = api();
        Api.Response none = api.as("tsm.rec.viewer").get("/api/v1/reports/tsm/2031/homes");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().at("/homes").isNull()).isTrue();

        assertThat(api.as("tsm.rec.manager").put("/api/v1/reports/tsm/2031/homes", Map.of("homes", 2000)).status()).isEqualTo(200);
        Api.Response corrected = api.as("tsm.rec.manager").put("/api/v1/reports/tsm/2031/homes", Map.of("homes", 2012));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.text("/year")).isEqualTo("2031/32");
        assertThat(corrected.body().at("/homes").asInt()).isEqualTo(2012);
        JsonNode history = corrected.body().at("/history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).at("/homes").asInt()).isEqualTo(2012);
        assertThat(history.get(1).at("/homes").asInt()).isEqualTo(2000);
        assertThat(history.get(1).at("/recordedBy").asString()).isEqualTo("tsm.rec.manager");

        Api.Response report = api.as("tsm.rec.viewer").get("/api/v1/reports/tsm?year=2031");
        assertThat(report.body().at("/homes").asInt()).isEqualTo(2012);
        assertThat(report.body().at("/ch01/stage1PerThousand").asDouble()).isEqualTo(0.0);
        assertThat(report.body().at("/ch01/note").isNull()).isTrue();
        // another year is untouched
        assertThat(api.as("tsm.rec.viewer").get("/api/v1/reports/tsm/2032/homes").body().at("/homes").isNull()).isTrue();
    }

    @Test
    void only_managers_record_and_bad_numbers_are_refused() {
        Api api = api();
        assertThat(api.as("tsm.rec.officer").put("/api/v1/reports/tsm/2033/homes", Map.of("homes", 10)).status()).isEqualTo(403);
        assertThat(api.as("tsm.rec.viewer").put("/api/v1/reports/tsm/2033/homes", Map.of("homes", 10)).status()).isEqualTo(403);
        Api.Response zero = api.as("tsm.rec.manager").put("/api/v1/reports/tsm/2033/homes", Map.of("homes", 0));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.toString()).contains("homes");
        assertThat(api.as("tsm.rec.manager").put("/api/v1/reports/tsm/2033/homes", Map.of()).status()).isEqualTo(422);
        assertThat(api.as("tsm.rec.manager").put("/api/v1/reports/tsm/1999/homes", Map.of("homes", 10)).status()).isEqualTo(422);
        assertThat(api.as("tsm.rec.manager").post("/api/v1/reports/tsm/2033/tp09", Map.of("respondents", 10, "satisfied", 11)).status())
                .isEqualTo(422);
        assertThat(api.as("tsm.rec.officer").post("/api/v1/reports/tsm/2033/tp09", Map.of("respondents", 10, "satisfied", 1)).status())
                .isEqualTo(403);
        assertThat(api.as("tsm.rec.officer").get("/api/v1/reports/tsm?year=2033").status()).isEqualTo(200);
    }

    @Test
    void tp09_results_are_imported_as_counts_or_csv_and_reported_beside_ch01_and_ch02() throws Exception {
        Api api = api();
        Api.Response counts = api.as("tsm.rec.manager").post("/api/v1/reports/tsm/2034/tp09", Map.of("respondents", 300, "satisfied", 121));
        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);
        Api.Response report = api.as("tsm.rec.viewer").get("/api/v1/reports/tsm?year=2034");
        assertThat(report.body().at("/tp09")).isEqualTo(json.readTree("""
                {"respondents":300,"satisfied":121,"satisfiedPercent":40.3,"source":"Counts entered","note":null}"""));

        String csv = """
                respondent,answer
                1,Very satisfied
                2,"Fairly satisfied"
                3,Neither satisfied nor dissatisfied
                4,Fairly dissatisfied
                5,Very dissatisfied
                6,Don't know
                7,very satisfied
                """;
        MvcResult imported = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/tsm/2034/tp09").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).header(HttpHeaders.AUTHORIZATION, api.as("tsm.rec.manager").authorization()))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode latest = api.as("tsm.rec.viewer").get("/api/v1/reports/tsm?year=2034").body().at("/tp09");
        // 6 answers with a view, 3 of them very or fairly satisfied; the "don't know" is left out
        assertThat(latest.at("/respondents").asInt()).isEqualTo(6);
        assertThat(latest.at("/satisfied").asInt()).isEqualTo(3);
        assertThat(latest.at("/satisfiedPercent").asDouble()).isEqualTo(50.0);
        assertThat(latest.at("/source").asString()).isEqualTo("CSV of 7 answers (1 without a view left out)");

        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/tsm/2034/tp09").contentType("text/csv")
                .content("answer\nVery satisfied\nQuite happy\n").header(HttpHeaders.AUTHORIZATION, api.as("tsm.rec.manager").authorization()))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("line 3");
        assertThat(api.as("tsm.rec.viewer").get("/api/v1/reports/tsm?year=2034").body().at("/tp09/respondents").asInt()).isEqualTo(6);
    }
}

package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/code-versions and /api/v1/code-versions/{version}/provisions. */
@WithDatabase
class CodeVersionsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void any_signed_in_role_lists_the_versions_and_reads_a_versions_provisions_in_the_codes_order() {
        Api api = new Api(mvc, json).staff("sacode.viewer", "GOVERNANCE_VIEWER").staff("sacode.investigator", "INVESTIGATING_OFFICER");
        Api.Response versions = api.as("sacode.viewer").get("/api/v1/code-versions");
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.text("/0/version")).isEqualTo("2024");
        assertThat(versions.text("/1/version")).isEqualTo("2022");
        assertThat(versions.body().at("/0/provisions").asInt()).isEqualTo(71);

        Api.Response provisions = api.as("sacode.investigator").get("/api/v1/code-versions/2024/provisions");
        assertThat(provisions.status()).isEqualTo(200);
        JsonNode list = provisions.body();
        assertThat(list.size()).isEqualTo(71);
        assertThat(list.get(0).at("/number").asString()).isEqualTo("1.2");
        JsonNode p613 = null;
        for (JsonNode p : list) {
            if (p.at("/number").asString().equals("6.13")) {
                p613 = p;
            }
        }
        assertThat(p613).isNotNull();
        assertThat(p613.at("/section").asInt()).isEqualTo(6);
        assertThat(p613.at("/kind").asString()).isEqualTo("MUST");
        assertThat(p613.at("/requirement").asString()).startsWith("The person considering the complaint at stage 2 must not be");

        Api.Response old = api.as("sacode.viewer").get("/api/v1/code-versions/2022/provisions");
        assertThat(old.body().size()).isEqualTo(72);
    }

    @Test
    void an_unknown_version_is_404_problem_json() {
        Api api = new Api(mvc, json).staff("sacode.viewer", "GOVERNANCE_VIEWER");
        Api.Response missing = api.as("sacode.viewer").get("/api/v1/code-versions/2019/provisions");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).contains("application/problem+json");
    }

    @Test
    void the_provisions_need_sign_in() {
        assertThat(new Api(mvc, json).anonymous().get("/api/v1/code-versions/2024/provisions").status()).isEqualTo(401);
    }
}

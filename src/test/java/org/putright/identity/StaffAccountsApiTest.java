package org.putright.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@WithDatabase
class StaffAccountsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void the_bootstrap_admin_exists_on_an_empty_database_and_signs_in_with_basic_auth() {
        var me = api.asBasic(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/v1/staff/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("roles").toString()).contains("ADMIN");
    }

    @Test
    void the_api_answers_401_problem_json_without_credentials() {
        var response = api.anonymous().get("/api/v1/complaints");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().get("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void a_wrong_password_or_an_unknown_token_is_401() {
        assertThat(api.asBasic(Api.ADMIN, "not-the-password").get("/api/v1/staff/me").status()).isEqualTo(401);
        assertThat(new Api.Session(api, "Bearer prt_nonsense").get("/api/v1/staff/me").status()).isEqualTo(401);
    }

    @Test
    void only_admins_create_staff_and_the_password_is_stored_hashed() {
        api.staff("officer.one", "COMPLAINTS_OFFICER");
        var refused = api.as("officer.one").post("/api/v1/staff",
                Map.of("username", "someone", "displayName", "Someone", "roles", List.of("ADMIN"), "password", "long-enough-password"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(accounts.loadUserByUsername("officer.one").getPassword()).startsWith("{bcrypt}").doesNotContain(Api.STAFF_PASSWORD);
    }

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_bad_staff_request_is_400_naming_each_field() {
        var response = api.as(Api.ADMIN).post("/api/v1/staff",
                Map.of("username", "Bad Name!", "displayName", "", "roles", List.of(), "password", "short"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .contains("username", "displayName", "roles", "password");
        assertThat(response.body().toString()).contains("Bad Name!");
    }

    @Test
    void an_unknown_role_is_400_naming_the_field() {
        var response = api.as(Api.ADMIN).post("/api/v1/staff",
                Map.of("username", "x.y", "displayName", "X", "roles", List.of("KING"), "password", "long-enough-password"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).startsWith("roles");
    }

    @Test
    void a_deactivated_member_of_staff_can_no_longer_sign_in_and_is_still_listed() {
        api.staff("leaver", "INVESTIGATING_OFFICER");
        assertThat(api.as("leaver").get("/api/v1/staff/me").status()).isEqualTo(200);
        assertThat(api.as(Api.ADMIN).post("/api/v1/staff/leaver/deactivation", null).status()).isEqualTo(200);
        assertThat(api.as("leaver").get("/api/v1/staff/me").status()).isEqualTo(401);
        assertThat(api.asBasic("leaver", Api.STAFF_PASSWORD).get("/api/v1/staff/me").status()).isEqualTo(401);
        assertThat(api.as(Api.ADMIN).get("/api/v1/staff").body().toString()).contains("leaver");
    }

    @Test
    void health_is_public_and_up() {
        var health = api.anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("/status")).isEqualTo("UP");
    }
}

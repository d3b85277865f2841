package org.putright.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff administration through the pages: an admin adds, changes and deactivates staff; nobody else may. */
@WithDatabase
class StaffPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    static RequestPostProcessor admin() {
        return user(Api.ADMIN).roles("ADMIN");
    }

    private String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_admin_adds_a_member_of_staff_changes_roles_and_deactivates_them() throws Exception {
        String username = "new.starter." + UUID.randomUUID().toString().substring(0, 6);
        MvcResult created = mvc.perform(post("/staff/new").param("username", username).param("displayName", "New Starter")
                .param("roles", "COMPLAINTS_OFFICER").param("password", "a-long-enough-password").with(admin()).with(csrf())).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        assertThat(accounts.find(username)).hasValueSatisfying(m -> {
            assertThat(m.active()).isTrue();
            assertThat(m.roles()).containsExactly(Role.COMPLAINTS_OFFICER);
        });
        String list = html(mvc.perform(get("/staff").with(admin())).andReturn());
        assertThat(list).contains(username).contains("New Starter").contains("Complaints officer");
        assertThat(mvc.perform(formLogin("/login").user(username).password("a-long-enough-password")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/cases");

        mvc.perform(post("/staff/" + username + "/roles").param("roles", "MANAGER").param("roles", "INVESTIGATING_OFFICER")
                .with(admin()).with(csrf())).andReturn();
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.INVESTIGATING_OFFICER);

        MvcResult deactivated = mvc.perform(post("/staff/" + username + "/deactivate").with(admin()).with(csrf())).andReturn();
        assertThat(deactivated.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        assertThat(accounts.find(username).orElseThrow().active()).isFalse();
        assertThat(html(mvc.perform(get("/staff/" + username).with(admin())).andReturn())).contains("Deactivated").contains("Reactivate");
        assertThat(mvc.perform(formLogin("/login").user(username).password("a-long-enough-password")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");

        mvc.perform(post("/staff/" + username + "/reactivate").with(admin()).with(csrf())).andReturn();
        assertThat(accounts.find(username).orElseThrow().active()).isTrue();
    }

    @Test
    void the_governing_body_lands_on_the_figures_and_case_workers_on_the_queue_unless_a_page_was_asked_for() throws Exception {
        String viewer = "landing.viewer." + UUID.randomUUID().toString().substring(0, 6);
        String both = "landing.both." + UUID.randomUUID().toString().substring(0, 6);
        Api api = new Api(mvc, json);
        api.staff(viewer, "GOVERNANCE_VIEWER");
        api.staff(both, "GOVERNANCE_VIEWER", "MANAGER");
        assertThat(mvc.perform(formLogin("/login").user(viewer).password(Api.STAFF_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/reports/dashboard");
        assertThat(mvc.perform(formLogin("/login").user(both).password(Api.STAFF_PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/cases");

        // a page asked for before signing in wins over the landing page
        MvcResult asked = mvc.perform(get("/ombudsman")).andReturn();
        MvcResult signedIn = mvc.perform(post("/login").param("username", viewer).param("password", Api.STAFF_PASSWORD)
                .session((org.springframework.mock.web.MockHttpSession) asked.getRequest().getSession()).with(csrf())).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/ombudsman");
    }

    @Test
    void an_invalid_new_member_shows_errors_and_keeps_what_was_typed() throws Exception {
        MvcResult result = mvc.perform(post("/staff/new").param("username", "Bad Name").param("displayName", "Typed Name")
                .param("password", "short").with(admin()).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("There is a problem").contains("href=\"#username\"").contains("value=\"Bad Name\"")
                .contains("value=\"Typed Name\"").contains("href=\"#roles\"").contains("Select at least one role")
                .contains("Password must be at least 12 characters").doesNotContain("value=\"short\"");
    }

    @Test
    void only_admins_see_staff_administration() throws Exception {
        assertThat(mvc.perform(get("/staff").with(user("someone").roles("MANAGER"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/staff/new").param("username", "sneaky.user").param("displayName", "Sneaky").param("roles", "ADMIN")
                .param("password", "a-long-enough-password").with(user("someone").roles("MANAGER")).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.find("sneaky.user")).isEmpty();
    }
}

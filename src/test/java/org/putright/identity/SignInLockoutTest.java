package org.putright.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Repeated failed sign-ins lock an account for a while, with the same generic error; a success resets the count. */
@WithDatabase
class SignInLockoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private String newStaff() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        new Api(mvc, json).staff(username, "COMPLAINTS_OFFICER");
        return username;
    }

    /** Where the form sign-in sends the browser. */
    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse().getRedirectedUrl();
    }

    private int basic(String username, String password) {
        return new Api(mvc, json).asBasic(username, password).get("/api/v1/staff/me").status();
    }

    private long locks(String username) {
        return jdbc.sql("select count(*) from staff_audit where username = ? and action = 'LOCKED'").param(username).query(Long.class).single();
    }

    @Test
    void five_failures_in_a_row_lock_the_account_for_fifteen_minutes_with_the_generic_error() throws Exception {
        String username = newStaff();
        clock.set(Instant.now());
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(locks(username)).isEqualTo(1);
        // the right password is refused exactly as a wrong one, on the form and over HTTP Basic
        assertThat(signIn(username, Api.STAFF_PASSWORD)).isEqualTo("/login?error");
        assertThat(basic(username, Api.STAFF_PASSWORD)).isEqualTo(401);

        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(signIn(username, Api.STAFF_PASSWORD)).isEqualTo("/cases");
        assertThat(jdbc.sql("select count(*) from staff_account where username = ? and locked_until is null and failed_sign_ins = 0")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_successful_sign_in_resets_the_count() throws Exception {
        String username = newStaff();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong-password")).isEqualTo("/login?error");
        }
        assertThat(signIn(username, Api.STAFF_PASSWORD)).isEqualTo("/cases");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong-password")).isEqualTo("/login?error");
        }
        assertThat(signIn(username, Api.STAFF_PASSWORD)).isEqualTo("/cases");
        assertThat(locks(username)).isZero();
    }

    @Test
    void failures_over_http_basic_count_too() throws Exception {
        String username = newStaff();
        for (int i = 0; i < 5; i++) {
            assertThat(basic(username, "wrong-password")).isEqualTo(401);
        }
        assertThat(locks(username)).isEqualTo(1);
        assertThat(signIn(username, Api.STAFF_PASSWORD)).isEqualTo("/login?error");
    }
}

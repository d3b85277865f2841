package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintService;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Disabilities a resident disclosed are special-category data: hidden from roles without a need (administrators and
 * governance viewers by default), every read by a permitted role logged, and left out of exports without a lawful reason.
 */
@WithDatabase
class DisclosedDisabilityTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    @Autowired
    Disclosures disclosures;

    @Autowired
    ComplaintService complaints;

    @Autowired
    JdbcClient jdbc;

    Api api;
    CareFixtures.Linked linked;
    String words;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("dis.officer", "COMPLAINTS_OFFICER").staff("dis.manager", "MANAGER")
                .staff("dis.viewer", "GOVERNANCE_VIEWER");
        LocalDate today = LocalDate.now(LONDON);
        linked = CareFixtures.resident(api.as("dis.officer"), residents, "Disclosing Resident", today.minusDays(2));
        words = "I have MS " + UUID.randomUUID().toString().substring(0, 6) + " and find stairs and long phone calls very hard.";
        Api.Response recorded = api.as("dis.officer").post("/api/v1/residents/" + linked.residentId() + "/disclosures",
                Map.of("disclosedText", words, "disclosedOn", today.toString(), "disclosedHow", "PHONE"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    long reads() {
        return jdbc.sql("select count(*) from special_category_read where resident_id = ?").param(linked.residentId()).query(Long.class)
                .single();
    }

    String html(String path, RequestPostProcessor who, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void disclosed_disability_is_hidden_from_governance_viewers_and_admins() throws Exception {
        String path = "/api/v1/residents/" + linked.residentId() + "/disclosures";
        api.staff("dis.admin", "ADMIN");
        assertThat(api.as("dis.viewer").get(path).status()).isEqualTo(403);
        assertThat(api.as("dis.admin").get(path).status()).isEqualTo(403);
        assertThat(api.as("dis.admin").get(path).toString()).doesNotContain(words);
        assertThat(api.as("dis.admin").post(path, Map.of("disclosedText", "x", "disclosedOn", "2026-01-01", "disclosedHow", "PHONE")).status())
                .isEqualTo(403);
        assertThat(api.as("dis.viewer").get(path + "/reads").status()).isEqualTo(403);

        for (RequestPostProcessor who : new RequestPostProcessor[] { user("dis.viewer").roles("GOVERNANCE_VIEWER"),
                user("dis.admin").roles("ADMIN") }) {
            String casePage = html("/cases/" + linked.complaintId(), who, 200);
            assertThat(casePage).doesNotContain(words).doesNotContain("Disclosed disability").doesNotContain("/disclosures")
                    .contains("Reasonable adjustments").contains("Contact restrictions");
            String page = html("/residents/" + linked.residentId() + "/disclosures?complaint=" + linked.complaintId(), who, 403);
            assertThat(page).contains("You do not have access").doesNotContain(words);
        }
        assertThat(reads()).as("nothing was shown, so nothing is logged").isZero();
    }

    @Test
    void every_read_by_a_permitted_role_is_logged_including_from_the_case_page() throws Exception {
        RequestPostProcessor officer = user("dis.officer").roles("COMPLAINTS_OFFICER");
        assertThat(reads()).isZero();

        // the API
        Api.Response read = api.as("dis.officer").get("/api/v1/residents/" + linked.residentId() + "/disclosures?purpose=stage 1 response");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/0/disclosedText")).isEqualTo(words);
        assertThat(read.text("/0/disclosedHow")).isEqualTo("PHONE");
        assertThat(reads()).isEqualTo(1);

        // the case page says there is one, without the words, and logs nothing
        String casePage = html("/cases/" + linked.complaintId(), officer, 200);
        String link = "/residents/" + linked.residentId() + "/disclosures?complaint=" + linked.complaintId();
        assertThat(casePage).contains("Disclosed disability: recorded").contains("your viewing is logged").contains(link).doesNotContain(words);
        assertThat(reads()).isEqualTo(1);

        // following the link shows it, and logs it with the case
        String page = html(link, officer, 200);
        assertThat(page).contains(words).contains("Your viewing of this page is logged");
        assertThat(reads()).isEqualTo(2);
        html("/residents/" + linked.residentId() + "/disclosures", user("dis.manager").roles("MANAGER"), 200);
        assertThat(reads()).isEqualTo(3);

        Api.Response log = api.as("dis.manager").get("/api/v1/residents/" + linked.residentId() + "/disclosures/reads");
        assertThat(log.status()).isEqualTo(200);
        String reference = complaints.get(linked.complaintId()).reference();
        assertThat(log.body().valueStream().map(r -> r.get("readBy").asString() + " | " + r.get("purpose").asString()).toList())
                .containsExactlyInAnyOrder("dis.officer | API: stage 1 response", "dis.officer | case page " + reference,
                        "dis.manager | disclosures page");
        assertThat(api.as("dis.officer").get("/api/v1/residents/" + linked.residentId() + "/disclosures/reads").status())
                .as("the read log is for managers").isEqualTo(403);
        // the resident's history, which every role can read, says a disclosure was recorded and read, never what it says
        assertThat(jdbc.sql("select payload from resident_event where resident_id = ?").param(linked.residentId()).query(String.class).list())
                .isNotEmpty().noneMatch(payload -> payload.contains("MS "));
    }

    @Test
    void exports_leave_disclosures_out_unless_a_lawful_reason_is_recorded() {
        assertThat(disclosures.disclosuresForExport(linked.residentId(), null, "dis.officer")).isEmpty();
        assertThat(disclosures.disclosuresForExport(linked.residentId(), "  ", "dis.officer")).isEmpty();
        assertThat(reads()).isZero();

        var exported = disclosures.disclosuresForExport(linked.residentId(), "Subject access request (UK GDPR art. 15)", "dis.officer");

        assertThat(exported).singleElement().extracting(Disclosures.Disclosure::disclosedText).isEqualTo(words);
        assertThat(jdbc.sql("select read_by || ' | ' || purpose from special_category_read where resident_id = ?").param(linked.residentId())
                .query(String.class).list()).containsExactly("dis.officer | export: Subject access request (UK GDPR art. 15)");
    }
}

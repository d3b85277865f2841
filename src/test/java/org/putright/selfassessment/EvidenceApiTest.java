package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.residents.ResidentRecords;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only evidence API and the staff page, on complaints of January 2054 (this test's own month): one stage 1
 * acknowledgement on time, one late.
 */
@WithDatabase
class EvidenceApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ResidentRecords residents;

    EvidenceFixture fixture;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        fixture = new EvidenceFixture(api, clock, residents, "api");
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static LocalDate d(int day) {
        return LocalDate.of(2054, 1, day);
    }

    private static final String QUERY = "?codeVersion=2024&from=2054-01-01&to=2054-01-31";

    @Test
    void the_api_gives_every_measure_or_one_with_the_cases_behind_it() {
        // Mon 5 Jan 2054 due Mon 12 Jan, acknowledged 7 Jan; Tue 6 Jan due Tue 13 Jan, acknowledged Wed 14 Jan (late)
        String onTime = fixture.receive(d(5), "J1");
        fixture.acknowledge(onTime, d(7), EvidenceFixture.OFFICER);
        String late = fixture.receive(d(6), "J2");
        fixture.acknowledge(late, d(14), EvidenceFixture.OFFICER);
        fixture.on(LocalDate.of(2054, 3, 1));

        Api.Response all = api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence" + QUERY);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.body().size()).isEqualTo(RecordEvidence.MEASURES.size());
        JsonNode acks = null;
        for (JsonNode measure : all.body()) {
            if (measure.get("measure").asString().equals("stage-1-acknowledged-on-time")) {
                acks = measure;
            }
        }
        assertThat(acks).isNotNull();
        assertThat(acks.get("met").asLong()).isEqualTo(1);
        assertThat(acks.get("total").asLong()).isEqualTo(2);
        assertThat(acks.get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(acks.get("provisions").get(0).asString()).isEqualTo("6.2");

        Api.Response one = api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence/stage-1-acknowledged-on-time" + QUERY);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.text("/total")).isEqualTo("2");
        assertThat(one.body().get("cases").size()).isEqualTo(2);
        assertThat(one.text("/cases/0/complaintId")).isEqualTo(onTime);
        assertThat(one.text("/cases/0/met")).isEqualTo("true");
        assertThat(one.text("/cases/1/complaintId")).isEqualTo(late);
        assertThat(one.text("/cases/1/met")).isEqualTo("false");
        assertThat(one.text("/cases/1/note")).isEqualTo("Due 13 January 2054; acknowledged 14 January 2054, 1 working day late");

        Api.Response in2022 = api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence/stage-1-acknowledged-on-time"
                + QUERY.replace("2024", "2022"));
        assertThat(in2022.text("/provisions/0")).isEqualTo("4.2");
        assertThat(in2022.text("/total")).isEqualTo("2");
    }

    @Test
    void the_api_refuses_what_it_cannot_answer() {
        assertThat(api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence/no-such-measure" + QUERY).status()).isEqualTo(404);
        Api.Response version = api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence?codeVersion=2019&from=2054-01-01&to=2054-01-31");
        assertThat(version.status()).isEqualTo(422);
        assertThat(version.toString()).contains("codeVersion");
        Api.Response backwards = api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence?codeVersion=2024&from=2054-02-01&to=2054-01-31");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(api.as(EvidenceFixture.VIEWER).get("/api/v1/evidence?codeVersion=2024&to=2054-01-31").status()).isEqualTo(422);
    }

    @Test
    void the_page_lists_each_measure_with_its_cases_linked_to_the_case_page() throws Exception {
        String late = fixture.receive(d(20), "J3");
        fixture.acknowledge(late, d(28), EvidenceFixture.OFFICER);
        fixture.on(LocalDate.of(2054, 3, 1));
        String reference = api.as(EvidenceFixture.VIEWER).get("/api/v1/complaints/" + late).text("/reference");

        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/evidence?codeVersion=2024&from=2054-01-19&to=2054-01-31")
                .with(user("ev.board").roles("GOVERNANCE_VIEWER"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Evidence from the complaints record", "19 January 2054 to 31 January 2054", "id=\"summary\"",
                "id=\"cases-stage-1-acknowledged-on-time\"", "href=\"/cases/" + late + "\"", reference, "Not met",
                "/api/v1/evidence?codeVersion=2024&amp;from=2054-01-19&amp;to=2054-01-31");

        MvcResult bad = mvc.perform(MockMvcRequestBuilders.get("/evidence").param("codeVersion", "2024").param("from.day", "31")
                .param("from.month", "2").param("from.year", "2054").param("to.day", "1").param("to.month", "3").param("to.year", "2054")
                .with(user("ev.board").roles("GOVERNANCE_VIEWER"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary", "href=\"#from\"",
                "The start date must be a real date", "value=\"31\"");

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/evidence").with(user("ev.io").roles("INVESTIGATING_OFFICER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}

package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The reporting rows follow the complaint's record step by step, in the same transaction. */
@WithDatabase
class ReportRowsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    Api.Session officer;

    @BeforeEach
    void setUp() {
        officer = new Api(mvc, json).staff("report.officer", "COMPLAINTS_OFFICER").as("report.officer");
        clock.set(Instant.parse("2026-03-03T12:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void a_stage_1_row_records_receipt_then_a_late_acknowledgement() {
        Api.Response created = officer.post("/api/v1/complaints", Map.of("receivedAt", "2026-03-02T10:00:00Z", "channel", "PHONE",
                "resident", Map.of("name", "Report Resident " + UUID.randomUUID()), "description", "The gutters overflow."));
        String id = created.text("/id");
        Map<String, Object> row = row(id);
        assertThat(row.get("received_on").toString()).isEqualTo("2026-03-02");
        assertThat(row.get("acknowledged_on")).isNull();
        assertThat(row.get("acknowledged_in_time")).isNull();

        // five working days from Monday 2 March is Monday 9 March; a row records steps done, so it says nothing until then
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(row(id).get("acknowledged_in_time")).isNull();
        assertThat(row(id).get("acknowledge_by").toString()).isEqualTo("2026-03-09");
        Api.Response ack = officer.post("/api/v1/complaints/" + id + "/acknowledgement", Map.of("acknowledgedOn", "2026-03-10", "handler",
                "report.officer", "definition", Map.of("summary", "Gutters", "points", List.of("Gutters overflow"), "outcomesSought",
                        List.of("Gutters cleared"))));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        row = row(id);
        assertThat(row.get("acknowledged_on").toString()).isEqualTo("2026-03-10");
        assertThat(row.get("acknowledged_in_time")).isEqualTo(false);
        assertThat(row.get("status")).isEqualTo("UNDER_INVESTIGATION");
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("select * from report_stage where complaint_id = ? and stage = 1").param(UUID.fromString(id)).query()
                .singleRow().entrySet().stream()
                .collect(java.util.HashMap::new, (m, e) -> m.put(e.getKey().toLowerCase(), e.getValue()), java.util.HashMap::putAll);
    }
}

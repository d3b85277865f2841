package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@WithDatabase
class CalendarChangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void a_new_non_working_day_moves_open_deadlines_in_the_work_queue() {
        clock.set(Instant.parse("2027-03-01T12:00:00Z"));
        Api api = new Api(mvc, json).staff("calendar.manager", "MANAGER");
        var manager = api.as("calendar.manager");
        // received Monday 1 March 2027: acknowledge by Monday 8 March
        var created = manager.post("/api/v1/complaints", ComplaintRequests.newComplaint().residentName("Calendar Resident")
                .receivedAt("2027-03-01T10:00:00Z").build());
        assertThat(created.text("/deadlines/acknowledgeBy")).isEqualTo("2027-03-08");
        String reference = created.text("/reference");

        var closure = manager.post("/api/v1/calendar/non-working-days", Map.of("date", "2027-03-03", "reason", "Office move"));
        assertThat(closure.status()).as(closure.toString()).isEqualTo(201);
        try {
            assertThat(manager.get("/api/v1/complaints/" + created.text("/id")).text("/deadlines/acknowledgeBy")).isEqualTo("2027-03-09");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    manager.get("/api/v1/complaints?q=" + reference).text("/items/0/deadlineStatus/dueOn")).isEqualTo("2027-03-09"));
            // the reporting rows follow the calendar too, so figures and the case page agree
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reportedAcknowledgeBy(created.text("/id")))
                    .isEqualTo("2027-03-09"));
        }
        finally {
            manager.post("/api/v1/calendar/non-working-days/2027-03-03/withdrawal", Map.of("reason", "Test over"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                manager.get("/api/v1/complaints?q=" + reference).text("/items/0/deadlineStatus/dueOn")).isEqualTo("2027-03-08"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reportedAcknowledgeBy(created.text("/id")))
                .isEqualTo("2027-03-08"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String reportedAcknowledgeBy(String id) {
        return String.valueOf(jdbc.sql("select acknowledge_by from report_stage where complaint_id = ? and stage = 1")
                .param(java.util.UUID.fromString(id)).query(java.time.LocalDate.class).single());
    }
}

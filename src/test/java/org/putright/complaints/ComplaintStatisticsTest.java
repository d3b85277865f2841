package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintRequests.acknowledgement;
import static org.putright.complaints.ComplaintRequests.escalation;
import static org.putright.complaints.ComplaintRequests.newComplaint;
import static org.putright.complaints.ComplaintRequests.refusal;
import static org.putright.complaints.ComplaintRequests.response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures for a period, counted from the record's dates, stages, decisions and grounds. The complaints are from
 * October and November 2019 (the 2022 Code), months no other test uses, so the counts are this test's own.
 */
@WithDatabase
class ComplaintStatisticsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("stats.officer", "COMPLAINTS_OFFICER").staff("stats.second", "COMPLAINTS_OFFICER")
                .staff("stats.viewer", "GOVERNANCE_VIEWER");
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private String receive(String on) {
        var created = api.as("stats.officer").post("/api/v1/complaints", newComplaint().receivedAt(on + "T10:00:00Z").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    private void post(String who, String id, String action, Object body) {
        var done = api.as(who).post("/api/v1/complaints/" + id + "/" + action, body);
        assertThat(done.status()).as(action + ": " + done).isEqualTo(200);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }

    @Test
    void figures_count_each_stage_and_whether_it_was_within_the_codes_timescales() {
        clock.set(d(12, 2).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        // acknowledged in time (due 8 October), answered late (due 17 October)
        String late = receive("2019-10-01");
        post("stats.officer", late, "acknowledgement", acknowledgement(d(10, 3), "stats.officer"));
        post("stats.officer", late, "response", response(d(10, 24)).build());
        // acknowledged late (due 14 October), answered in time (due 29 October), then escalated and answered at stage 2 in time
        String escalated = receive("2019-10-07");
        post("stats.officer", escalated, "acknowledgement", acknowledgement(d(10, 15), "stats.officer"));
        post("stats.officer", escalated, "response", response(d(10, 25)).decision("PARTLY_UPHELD").build());
        post("stats.officer", escalated, "escalation", escalation(d(10, 28)));
        post("stats.officer", escalated, "acknowledgement", acknowledgement(d(10, 30), "stats.second"));
        post("stats.second", escalated, "response", response(d(11, 20)).decision("NOT_UPHELD").build());
        // refused
        String refused = receive("2019-10-09");
        post("stats.officer", refused, "refusal", refusal("LEGAL_PROCEEDINGS", "A disrepair claim was issued about the same repair.", d(10, 11)));
        // a service request, not a complaint
        String request = receive("2019-10-10");
        post("stats.officer", request, "triage", Map.of("outcome", "SERVICE_REQUEST", "reasons", "First report of the repair",
                "residentToldOfRightToComplain", true));

        var october = api.as("stats.viewer").get("/api/v1/complaints/statistics?from=2019-10-01&to=2019-10-31");
        assertThat(october.status()).as(october.toString()).isEqualTo(200);
        assertThat(october.body().at("/serviceRequestsReceived").asInt()).isEqualTo(1);
        assertThat(october.body().at("/refusalsByGround/LEGAL_PROCEEDINGS").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/stage").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/received").asInt()).isEqualTo(3);
        assertThat(october.body().at("/stages/0/acknowledged").asInt()).isEqualTo(2);
        assertThat(october.body().at("/stages/0/acknowledgedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/responsesIssued").asInt()).isEqualTo(2);
        assertThat(october.body().at("/stages/0/respondedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/refused").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/decisions/UPHELD").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/decisions/PARTLY_UPHELD").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/0/decisions/NOT_UPHELD").asInt()).isZero();
        assertThat(october.body().at("/stages/1/received").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/1/acknowledgedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(october.body().at("/stages/1/responsesIssued").asInt()).isZero();

        var november = api.as("stats.viewer").get("/api/v1/complaints/statistics?from=2019-11-01&to=2019-11-30");
        assertThat(november.body().at("/stages/0/received").asInt()).isZero();
        assertThat(november.body().at("/stages/1/responsesIssued").asInt()).isEqualTo(1);
        assertThat(november.body().at("/stages/1/respondedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(november.body().at("/stages/1/decisions/NOT_UPHELD").asInt()).isEqualTo(1);

        assertThat(api.as("stats.viewer").get("/api/v1/complaints/statistics?from=2019-11-01&to=2019-10-01").status()).isEqualTo(422);
        assertThat(api.as("stats.viewer").get("/api/v1/complaints/statistics?from=2019-11-01").status()).isEqualTo(400);
    }
}

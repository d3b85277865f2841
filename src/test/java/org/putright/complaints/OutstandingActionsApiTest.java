package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintRequests.acknowledgement;
import static org.putright.complaints.ComplaintRequests.newComplaint;
import static org.putright.complaints.ComplaintRequests.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 6.6 / 6.17: actions promised in a response are tracked to completion, through the REST API, on H2 and PostgreSQL. */
@WithDatabase
class OutstandingActionsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("officer.a", "COMPLAINTS_OFFICER").staff("investigator.c", "INVESTIGATING_OFFICER")
                .staff("board.member", "GOVERNANCE_VIEWER");
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /** Responded on 24 March 2026 promising three actions: two now overdue, one due at the end of the year. */
    private String respondedWithThreeActions(String tag) {
        var officer = api.as("officer.a");
        var created = officer.post("/api/v1/complaints", newComplaint().residentName("Resident " + tag).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        var acknowledged = officer.post("/api/v1/complaints/" + id + "/acknowledgement",
                acknowledgement(LocalDate.of(2026, 3, 4), "officer.a", "Repair not booked"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        Map<String, Object> body = new LinkedHashMap<>(response(LocalDate.of(2026, 3, 24)).build());
        body.put("outstandingActions", List.of(Map.of("description", "Replace the boiler " + tag, "dueOn", "2026-04-07", "owner", "Repairs Manager"),
                Map.of("description", "Write to confirm the repair " + tag, "dueOn", "2026-04-08", "owner", "Complaints Team"),
                Map.of("description", "Service the boiler " + tag, "dueOn", "2026-12-31", "owner", "Gas Safety Lead")));
        var responded = officer.post("/api/v1/complaints/" + id + "/response", body);
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.body().at("/stages/0/response/outstandingActions/0/overdue").asBoolean()).isTrue();
        assertThat(responded.body().at("/stages/0/response/outstandingActions/2/overdue").asBoolean()).isFalse();
        assertThat(responded.text("/stages/0/response/outstandingActions/0/completedOn")).isNull();
        return id;
    }

    private static Map<String, Object> completion(int stage, int action, String completedOn, String evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        body.put("action", action);
        body.put("completedOn", completedOn);
        if (evidence != null) {
            body.put("evidence", evidence);
        }
        return body;
    }

    private Api.Response complete(String user, String id, Map<String, Object> body) {
        return api.as(user).post("/api/v1/complaints/" + id + "/outstanding-actions/completion", body);
    }

    private static String field(Api.Response response) {
        return response.text("/errors/0/field");
    }

    @Test
    void an_outstanding_action_is_completed_once_with_evidence() {
        String id = respondedWithThreeActions(UUID.randomUUID().toString().substring(0, 8));

        var done = complete("investigator.c", id, completion(1, 0, "2026-04-01", "Boiler replaced; job 1234 signed off"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.text("/stages/0/response/outstandingActions/0/completedOn")).isEqualTo("2026-04-01");
        assertThat(done.text("/stages/0/response/outstandingActions/0/evidence")).isEqualTo("Boiler replaced; job 1234 signed off");
        assertThat(done.body().at("/stages/0/response/outstandingActions/0/overdue").asBoolean()).isFalse();
        assertThat(done.text("/stages/0/response/outstandingActions/0/dueOn")).isEqualTo("2026-04-07");
        assertThat(done.body().at("/stages/0/response/outstandingActions/1/overdue").asBoolean()).isTrue();
        assertThat(done.text("/status")).isEqualTo("RESPONDED");
        JsonNode last = done.body().get("history").get(done.body().get("history").size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("OutstandingActionCompleted");
        assertThat(last.get("actor").asString()).isEqualTo("investigator.c");

        var again = complete("officer.a", id, completion(1, 0, "2026-04-02", "Done again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        var readOnly = complete("board.member", id, completion(1, 1, "2026-04-02", "Letter sent"));
        assertThat(readOnly.status()).isEqualTo(403);
    }

    @Test
    void bad_completions_are_refused_naming_the_field() {
        String id = respondedWithThreeActions(UUID.randomUUID().toString().substring(0, 8));

        var noEvidence = complete("officer.a", id, completion(1, 1, "2026-04-01", null));
        assertThat(noEvidence.status()).as(noEvidence.toString()).isEqualTo(400);
        assertThat(field(noEvidence)).isEqualTo("evidence");

        var blankEvidence = complete("officer.a", id, completion(1, 1, "2026-04-01", "   "));
        assertThat(blankEvidence.status()).isEqualTo(400);
        assertThat(field(blankEvidence)).isEqualTo("evidence");

        var noSuchAction = complete("officer.a", id, completion(1, 3, "2026-04-01", "Done"));
        assertThat(noSuchAction.status()).as(noSuchAction.toString()).isEqualTo(422);
        assertThat(field(noSuchAction)).isEqualTo("action");

        var noSuchStage = complete("officer.a", id, completion(2, 0, "2026-04-01", "Done"));
        assertThat(noSuchStage.status()).as(noSuchStage.toString()).isEqualTo(422);
        assertThat(field(noSuchStage)).isEqualTo("stage");

        var beforeResponse = complete("officer.a", id, completion(1, 1, "2026-03-20", "Done"));
        assertThat(beforeResponse.status()).as(beforeResponse.toString()).isEqualTo(422);
        assertThat(field(beforeResponse)).isEqualTo("completedOn");

        var future = complete("officer.a", id, completion(1, 1, "2026-07-01", "Done"));
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(field(future)).isEqualTo("completedOn");

        var notADate = complete("officer.a", id, Map.of("stage", 1, "action", 1, "completedOn", "yesterday", "evidence", "Done"));
        assertThat(notADate.status()).as(notADate.toString()).isEqualTo(400);
        assertThat(field(notADate)).isEqualTo("completedOn");

        // nothing was recorded by any of them
        var record = api.as("officer.a").get("/api/v1/complaints/" + id);
        assertThat(record.text("/stages/0/response/outstandingActions/1/completedOn")).isNull();
    }

    @Test
    void the_cross_case_list_shows_open_overdue_actions_and_not_completed_ones() {
        String id = respondedWithThreeActions(UUID.randomUUID().toString().substring(0, 8));
        assertThat(complete("officer.a", id, completion(1, 0, "2026-04-01", "Boiler replaced")).status()).isEqualTo(200);

        List<JsonNode> overdue = actionsOf(id, "open=true&overdue=true");
        assertThat(overdue).extracting(a -> a.get("index").asInt()).containsExactly(1);
        JsonNode late = overdue.getFirst();
        assertThat(late.get("stage").asInt()).isEqualTo(1);
        assertThat(late.get("dueOn").asString()).isEqualTo("2026-04-08");
        assertThat(late.get("description").asString()).startsWith("Write to confirm the repair");
        assertThat(late.get("reference").asString()).startsWith("CMP-2026-");
        assertThat(late.get("completedOn").isNull()).isTrue();
        assertThat(late.get("overdue").asBoolean()).isTrue();

        assertThat(actionsOf(id, "open=true")).extracting(a -> a.get("index").asInt()).containsExactly(1, 2);

        List<JsonNode> all = actionsOf(id, "");
        assertThat(all).extracting(a -> a.get("index").asInt()).containsExactly(0, 1, 2);
        assertThat(all.getFirst().get("completedOn").asString()).isEqualTo("2026-04-01");
        assertThat(all.getFirst().get("overdue").asBoolean()).isFalse();
    }

    /** This complaint's actions in the list, paging through everything the shared database holds. */
    private List<JsonNode> actionsOf(String id, String query) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0;; page++) {
            var listed = api.as("board.member").get("/api/v1/outstanding-actions?size=500&page=" + page + (query.isEmpty() ? "" : "&" + query));
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            listed.body().forEach(item -> {
                if (item.get("complaintId").asString().equals(id)) {
                    found.add(item);
                }
            });
            if (listed.body().size() < 500) {
                return found;
            }
        }
    }
}

package org.putright.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** 9.1 / 9.2: learning recorded from complaints, and the service-improvement register with its status history. */
@WithDatabase
class LearningApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("learning.officer", "COMPLAINTS_OFFICER").staff("learning.investigator", "INVESTIGATING_OFFICER")
                .staff("learning.viewer", "GOVERNANCE_VIEWER");
        clock.set(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private Api.Response propose(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Book the repair while the resident is on the phone, and confirm the slot in writing.");
        body.put("owner", "Head of Repairs");
        body.put("targetOn", "2026-09-30");
        return api.as("learning.officer").post("/api/v1/service-improvements", body);
    }

    @Test
    void provision_9_2_an_improvement_is_registered_and_its_status_changes_are_kept() {
        String title = "Book repairs on first contact " + UUID.randomUUID().toString().substring(0, 8);
        var created = propose(title);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("/status")).isEqualTo("PROPOSED");
        assertThat(created.text("/owner")).isEqualTo("Head of Repairs");
        assertThat(created.text("/targetOn")).isEqualTo("2026-09-30");
        String id = created.text("/id");

        var agreed = api.as("learning.officer").post("/api/v1/service-improvements/" + id + "/status",
                Map.of("status", "AGREED", "note", "Agreed at the June service review"));
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        var started = api.as("learning.officer").post("/api/v1/service-improvements/" + id + "/status", Map.of("status", "IN_PROGRESS"));
        assertThat(started.text("/status")).isEqualTo("IN_PROGRESS");
        JsonNode history = started.body().get("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("status").asString()).isEqualTo("PROPOSED");
        assertThat(history.get(1).get("note").asString()).isEqualTo("Agreed at the June service review");
        assertThat(history.get(2).get("changedBy").asString()).isEqualTo("learning.officer");

        var same = api.as("learning.officer").post("/api/v1/service-improvements/" + id + "/status", Map.of("status", "IN_PROGRESS"));
        assertThat(same.status()).isEqualTo(409);

        var inProgress = api.as("learning.viewer").get("/api/v1/service-improvements?status=IN_PROGRESS");
        assertThat(inProgress.status()).isEqualTo(200);
        assertThat(inProgress.body().valueStream().map(i -> i.get("title").asString())).contains(title);
        var proposed = api.as("learning.viewer").get("/api/v1/service-improvements?status=PROPOSED");
        assertThat(proposed.body().valueStream().map(i -> i.get("title").asString())).doesNotContain(title);

        assertThat(api.as("learning.viewer").post("/api/v1/service-improvements/" + id + "/status", Map.of("status", "DONE")).status())
                .isEqualTo(403);
        assertThat(api.as("learning.officer").post("/api/v1/service-improvements", Map.of("title", "No owner", "description", "x"))
                .status()).isEqualTo(400);
        assertThat(api.as("learning.viewer").get("/api/v1/service-improvements/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void provision_9_1_learning_from_a_responded_complaint_links_it_to_improvements() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String improvement = propose("Repairs triage " + tag).text("/id");
        String id = new RespondedCases(api, "learning.officer")
                .respond("Resident " + tag, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20));

        var recorded = api.as("learning.investigator").post("/api/v1/complaints/" + id + "/learning",
                Map.of("lesson", "Repairs reported by phone were not logged " + tag, "improvementIds", List.of(improvement)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.text("/recordedBy")).isEqualTo("learning.investigator");
        assertThat(recorded.text("/improvements/0/id")).isEqualTo(improvement);

        var lessons = api.as("learning.viewer").get("/api/v1/complaints/" + id + "/learning");
        assertThat(lessons.body()).hasSize(1);
        assertThat(lessons.text("/0/lesson")).isEqualTo("Repairs reported by phone were not logged " + tag);

        var linked = api.as("learning.viewer").get("/api/v1/service-improvements/" + improvement);
        assertThat(linked.text("/complaints/0/complaintId")).isEqualTo(id);
        assertThat(linked.text("/complaints/0/reference")).startsWith("CMP-");

        var unknown = api.as("learning.investigator").post("/api/v1/complaints/" + id + "/learning",
                Map.of("lesson", "Another lesson", "improvementIds", List.of(UUID.randomUUID().toString())));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("improvementIds");
        assertThat(api.as("learning.viewer").post("/api/v1/complaints/" + id + "/learning", Map.of("lesson", "x")).status()).isEqualTo(403);
    }

    @Test
    void provision_9_1_there_is_nothing_to_learn_from_before_a_response() {
        var created = api.as("learning.officer").post("/api/v1/complaints", Map.of("receivedAt", "2026-06-10T09:00:00Z", "channel", "EMAIL",
                "resident", Map.of("name", "Resident " + UUID.randomUUID().toString().substring(0, 8)),
                "description", "Nobody has fixed the lift."));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var early = api.as("learning.officer").post("/api/v1/complaints/" + created.text("/id") + "/learning", Map.of("lesson", "Too soon"));
        assertThat(early.status()).isEqualTo(409);
    }
}

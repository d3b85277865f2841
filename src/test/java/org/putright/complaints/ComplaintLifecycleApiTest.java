package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintRequests.acknowledgement;
import static org.putright.complaints.ComplaintRequests.escalation;
import static org.putright.complaints.ComplaintRequests.extension;
import static org.putright.complaints.ComplaintRequests.newComplaint;
import static org.putright.complaints.ComplaintRequests.refusal;
import static org.putright.complaints.ComplaintRequests.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/** The lifecycle through the REST API, as integrators and the web pages use it, on H2 and on PostgreSQL. */
@WithDatabase
class ComplaintLifecycleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("officer.a", "COMPLAINTS_OFFICER").staff("officer.b", "COMPLAINTS_OFFICER")
                .staff("investigator.c", "INVESTIGATING_OFFICER").staff("board.member", "GOVERNANCE_VIEWER");
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private Api.Session officer() {
        return api.as("officer.a");
    }

    private String create(Map<String, Object> body) {
        var created = officer().post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    private Api.Response post(String id, String action, Object body) {
        return officer().post("/api/v1/complaints/" + id + "/" + action, body);
    }

    @Test
    void a_complaint_goes_through_both_stages_with_deadlines_timeliness_and_a_full_record() {
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
        // Received Monday 2 March 2026: acknowledge by 9 March (6.2)
        String id = create(newComplaint().receivedAt("2026-03-02T10:15:00Z").build());

        var acknowledged = post(id, "acknowledgement",
                acknowledgement(LocalDate.of(2026, 3, 4), "officer.a", "Repair not booked", "No updates given"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.text("/status")).isEqualTo("UNDER_INVESTIGATION");
        assertThat(acknowledged.text("/handler")).isEqualTo("officer.a");
        // 10 working days after Wednesday 4 March is Wednesday 18 March (6.3)
        assertThat(acknowledged.text("/deadlines/respondBy")).isEqualTo("2026-03-18");
        assertThat(acknowledged.text("/timeliness/stage1Acknowledgement")).isEqualTo("MET");

        var extended = post(id, "extensions", extension(5, LocalDate.of(2026, 3, 16), null));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.text("/deadlines/respondBy")).isEqualTo("2026-03-25");
        assertThat(extended.body().at("/deadlines/extendedByWorkingDays").asInt()).isEqualTo(5);

        // Responded on 24 March: after the original date, inside the agreed extension, so MET
        var responded = post(id, "response", response(LocalDate.of(2026, 3, 24)).point("Repair not booked", "UPHELD")
                .point("No updates given", "PARTLY_UPHELD").build());
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.text("/status")).isEqualTo("RESPONDED");
        assertThat(responded.text("/timeliness/stage1Response")).isEqualTo("MET");

        var escalated = post(id, "escalation", escalation(LocalDate.of(2026, 4, 1)));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.body().at("/stage").asInt()).isEqualTo(2);
        assertThat(escalated.text("/status")).isEqualTo("AWAITING_ACKNOWLEDGEMENT");
        // 5 working days after Wednesday 1 April 2026, skipping Good Friday (3rd) and Easter Monday (6th): 10 April (6.11)
        assertThat(escalated.text("/deadlines/acknowledgeBy")).isEqualTo("2026-04-10");

        var sameHandler = post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 4, 2), "officer.a", "Repair not booked"));
        assertThat(sameHandler.status()).isEqualTo(422);
        assertThat(sameHandler.contentType()).startsWith("application/problem+json");
        assertThat(sameHandler.text("/provision")).isEqualTo("6.13");

        var stage2 = post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 4, 2), "officer.b", "Repair not booked"));
        assertThat(stage2.status()).as(stage2.toString()).isEqualTo(200);
        // 20 working days after Thursday 2 April, skipping Easter and the early May bank holiday (4 May): 5 May (6.14)
        assertThat(stage2.text("/deadlines/respondBy")).isEqualTo("2026-05-05");

        var finalResponse = api.as("officer.b").post("/api/v1/complaints/" + id + "/response",
                response(LocalDate.of(2026, 5, 6)).decision("PARTLY_UPHELD").build());
        assertThat(finalResponse.status()).as(finalResponse.toString()).isEqualTo(200);
        assertThat(finalResponse.text("/timeliness/stage2Acknowledgement")).isEqualTo("MET");
        assertThat(finalResponse.text("/timeliness/stage2Response")).isEqualTo("MISSED");

        var noStage3 = post(id, "escalation", escalation(LocalDate.of(2026, 5, 7)));
        assertThat(noStage3.status()).isEqualTo(422);
        assertThat(noStage3.text("/provision")).isEqualTo("5.3");

        var closed = post(id, "closure", Map.of("closedOn", "2026-05-07"));
        assertThat(closed.text("/status")).isEqualTo("CLOSED");

        var record = officer().get("/api/v1/complaints/" + id);
        assertThat(topLevel(record, "history", "type")).containsExactly("ComplaintReceived", "StageAcknowledged",
                "ResponseDeadlineExtended", "StageResponded", "EscalationRequested", "StageAcknowledged", "StageResponded",
                "ComplaintClosed");
        assertThat(topLevel(record, "history", "actor")).containsExactly("officer.a", "officer.a", "officer.a",
                "officer.a", "officer.a", "officer.a", "officer.b", "officer.a");
        assertThat(record.text("/stages/0/response/remedies/1/type")).isEqualTo("FINANCIAL");
        assertThat(record.text("/description")).isEqualTo(newComplaint().build().get("description"));
    }

    private static List<String> topLevel(Api.Response response, String array, String field) {
        List<String> values = new java.util.ArrayList<>();
        response.body().get(array).forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    @Test
    void the_receipt_date_is_the_london_date_of_the_received_instant() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July
        var created = officer().post("/api/v1/complaints", newComplaint().receivedAt("2026-06-30T23:30:00Z").build());
        assertThat(created.text("/receivedOn")).isEqualTo("2026-07-01");
        // 5 working days after Wednesday 1 July: Wednesday 8 July
        assertThat(created.text("/deadlines/acknowledgeBy")).isEqualTo("2026-07-08");
        var winter = officer().post("/api/v1/complaints", newComplaint().receivedAt("2026-01-30T23:30:00Z").build());
        assertThat(winter.text("/receivedOn")).isEqualTo("2026-01-30");
    }

    @Test
    void complaints_received_before_april_2024_follow_the_2022_code() {
        var old = officer().post("/api/v1/complaints", newComplaint().receivedAt("2024-03-28T12:00:00Z").build());
        assertThat(old.text("/scheme")).isEqualTo("HOS-2022");
        var current = officer().post("/api/v1/complaints", newComplaint().receivedAt("2024-04-01T12:00:00Z").build());
        assertThat(current.text("/scheme")).isEqualTo("HOS-2024");
    }

    @Test
    void the_residents_own_words_are_kept_exactly_as_given() {
        String words = "  I've  had ENOUGH!!\n\nThe damp <script>alert(1)</script> is back — 3rd time.  ";
        var created = officer().post("/api/v1/complaints", newComplaint().description(words).build());
        assertThat(created.text("/description")).isEqualTo(words);
        assertThat(officer().get("/api/v1/complaints/" + created.text("/id")).text("/description")).isEqualTo(words);
    }

    @Test
    void malformed_intake_is_400_naming_every_field_and_echoing_what_was_sent() {
        var missing = officer().post("/api/v1/complaints", Map.of("resident", Map.of("email", "not-an-email")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("errors").findValuesAsString("field")).contains("receivedAt", "channel", "description",
                "resident.name", "resident.email");
        assertThat(missing.body().toString()).contains("not-an-email");

        var badChannel = officer().post("/api/v1/complaints", newComplaint().channel("CARRIER_PIGEON").build());
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.text("/errors/0/field")).isEqualTo("channel");
        assertThat(badChannel.text("/errors/0/rejectedValue")).isEqualTo("CARRIER_PIGEON");

        var badDate = officer().post("/api/v1/complaints", newComplaint().receivedAt("yesterday").build());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("/errors/0/field")).isEqualTo("receivedAt");

        var unknownField = officer().post("/api/v1/complaints", Map.of("recievedAt", "2026-03-02T10:15:00Z"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("/errors/0/rejectedValue")).isEqualTo("recievedAt");

        var notJson = officer().postRaw("/api/v1/complaints", "{\"receivedAt\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        var future = officer().post("/api/v1/complaints", newComplaint().receivedAt("2999-01-01T00:00:00Z").build());
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("/errors/0/field")).isEqualTo("receivedAt");
    }

    @Test
    void bad_input_to_each_action_is_a_4xx_problem_never_a_500() {
        String id = create(newComplaint().build());
        List<Map<String, Object>> junk = List.of(Map.of(), Map.of("acknowledgedOn", "soon"), Map.of("workingDays", "many"),
                Map.of("handler", 42), Map.of("decision", "MAYBE"), Map.of("requestedOn", List.of()), Map.of("ground", Map.of()));
        for (String action : List.of("acknowledgement", "extensions", "response", "escalation", "refusal", "triage", "assignment",
                "closure", "notes", "additional-complaints")) {
            for (Map<String, Object> body : junk) {
                var answer = post(id, action, body);
                assertThat(answer.status()).as(action + " " + body + " -> " + answer).isBetween(400, 499);
                assertThat(answer.contentType()).as(action + " " + body).startsWith("application/problem+json");
            }
        }
        assertThat(officer().get("/api/v1/complaints/not-a-uuid").status()).isEqualTo(400);
        assertThat(officer().get("/api/v1/complaints/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(officer().get("/api/v1/complaints?status=NONSENSE").status()).isEqualTo(400);
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_returns_the_same_complaint() {
        var body = newComplaint().residentName("Retry Resident").build();
        String key = "intake-" + UUID.randomUUID();
        var first = officer().post("/api/v1/complaints", body, Map.of("Idempotency-Key", key));
        var retry = officer().post("/api/v1/complaints", body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("/id")).isEqualTo(first.text("/id"));
        assertThat(retry.text("/reference")).isEqualTo(first.text("/reference"));
        assertThat(retry.headers().get("Idempotent-Replayed")).isEqualTo("true");

        var different = officer().post("/api/v1/complaints", newComplaint().residentName("Someone Else").build(),
                Map.of("Idempotency-Key", key));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.text("/errors/0/field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void provision_5_12_the_record_cannot_be_deleted_or_rewritten() {
        String id = create(newComplaint().build());
        var delete = officer().request(MockMvcRequestBuilders.delete("/api/v1/complaints/" + id), null);
        assertThat(delete.status()).isEqualTo(405);
        var put = officer().request(MockMvcRequestBuilders.put("/api/v1/complaints/" + id), newComplaint().build());
        assertThat(put.status()).isEqualTo(405);
        var patch = officer().request(MockMvcRequestBuilders.patch("/api/v1/complaints/" + id), Map.of("description", "changed"));
        assertThat(patch.status()).isEqualTo(405);
        assertThat(officer().get("/api/v1/complaints/" + id).text("/description"))
                .isEqualTo(newComplaint().build().get("description"));
    }

    @Test
    void governance_viewers_read_but_cannot_act_and_strangers_are_401() {
        String id = create(newComplaint().build());
        assertThat(api.as("board.member").get("/api/v1/complaints/" + id).status()).isEqualTo(200);
        assertThat(api.as("board.member").post("/api/v1/complaints/" + id + "/notes", Map.of("text", "hi")).status()).isEqualTo(403);
        assertThat(api.as("board.member").post("/api/v1/complaints", newComplaint().build()).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/complaints/" + id).status()).isEqualTo(401);
    }

    @Test
    void provision_2_5_a_refusal_needs_reasons_particular_to_the_complaint_and_signposts_the_ombudsman() {
        String id = create(newComplaint().build());
        var blanket = post(id, "refusal", refusal("LEGAL_PROCEEDINGS", "Legal proceedings have started", LocalDate.of(2026, 3, 3)));
        assertThat(blanket.status()).isEqualTo(422);
        assertThat(blanket.text("/provision")).isEqualTo("2.5");

        var unknownGround = post(id, "refusal", refusal("TOO_BUSY", "We have too many complaints", LocalDate.of(2026, 3, 3)));
        assertThat(unknownGround.text("/provision")).isEqualTo("2.1");

        var refused = post(id, "refusal", refusal("LEGAL_PROCEEDINGS",
                "The resident's solicitor issued a disrepair claim on 1 February 2026 covering the same boiler.", LocalDate.of(2026, 3, 3)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.text("/status")).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.body().at("/stages/0/refusal/ombudsmanSignposted").asBoolean()).isTrue();
        assertThat(refused.body().at("/timeliness/stage1Acknowledgement").isNull()).isTrue();

        var escalate = post(id, "escalation", escalation(LocalDate.of(2026, 3, 4)));
        assertThat(escalate.status()).isEqualTo(409);
    }

    @Test
    void provision_2_3_a_late_complaint_is_refused_only_with_discretion_considered() {
        String id = create(newComplaint().issueOccurredOn("2024-11-01").build());
        var body = new java.util.HashMap<>(refusal("OVER_12_MONTHS",
                "The leak was repaired in November 2024 and first raised with us in March 2026.", LocalDate.of(2026, 3, 3)));
        var noDiscretion = post(id, "refusal", body);
        assertThat(noDiscretion.status()).isEqualTo(422);
        assertThat(noDiscretion.text("/provision")).isEqualTo("2.3");
        body.put("discretionConsidered", "No evidence the resident was prevented from complaining sooner; no continuing detriment.");
        assertThat(post(id, "refusal", body).text("/status")).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void provision_6_10_escalation_only_after_the_stage_1_response_without_reasons_6_12() {
        String id = create(newComplaint().build());
        var tooEarly = post(id, "escalation", escalation(LocalDate.of(2026, 3, 3)));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.text("/provision")).isEqualTo("6.10");

        post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "officer.a"));
        post(id, "response", response(LocalDate.of(2026, 3, 10)).build());
        var escalated = post(id, "escalation", escalation(LocalDate.of(2026, 3, 12)));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.body().at("/stages/1/residentReason").isNull()).isTrue();
    }

    @Test
    void provision_6_4_an_extension_beyond_10_working_days_needs_a_good_reason() {
        String id = create(newComplaint().build());
        post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "officer.a"));
        var tooLong = post(id, "extensions", extension(11, LocalDate.of(2026, 3, 5), null));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("/provision")).isEqualTo("6.4");
        var withReason = post(id, "extensions", extension(11, LocalDate.of(2026, 3, 5),
                "An independent surveyor's report is needed and the earliest visit is in four weeks."));
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);

        String another = create(newComplaint().build());
        post(another, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "officer.a"));
        var noNotice = post(another, "extensions", Map.of("workingDays", 1, "reason", "More time", "updateEveryWorkingDays", 5));
        assertThat(noNotice.status()).isEqualTo(422);
        assertThat(noNotice.text("/provision")).isEqualTo("6.5");
    }

    @Test
    void provision_5_9_an_extension_records_how_often_the_resident_agreed_to_be_updated() {
        String id = create(newComplaint().build());
        post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "officer.a"));
        Map<String, Object> unagreed = new java.util.LinkedHashMap<>(extension(5, LocalDate.of(2026, 3, 5), null));
        unagreed.remove("updateEveryWorkingDays");
        var refused = post(id, "extensions", unagreed);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/provision")).isEqualTo("5.9");
        assertThat(refused.text("/rule")).isEqualTo("ExtensionAgreesUpdateIntervals");
        unagreed.put("updateEveryWorkingDays", 0);
        var zero = post(id, "extensions", unagreed);
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.text("/errors/0/field")).isEqualTo("updateEveryWorkingDays");
        unagreed.put("updateEveryWorkingDays", 3);
        var agreed = post(id, "extensions", unagreed);
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(agreed.body().at("/stages/0/extensions/0/updateEveryWorkingDays").asInt()).isEqualTo(3);
    }

    @Test
    void an_unknown_or_inactive_handler_is_refused_naming_the_field() {
        String id = create(newComplaint().build());
        var unknown = post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "nobody.here"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("handler");
        var viewer = post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "board.member"));
        assertThat(viewer.status()).isEqualTo(422);
    }

    @Test
    void an_action_the_status_does_not_allow_is_409_naming_what_is_possible() {
        String id = create(newComplaint().build());
        var respondFirst = post(id, "response", response(LocalDate.of(2026, 3, 3)).build());
        assertThat(respondFirst.status()).isEqualTo(409);
        assertThat(respondFirst.text("/detail")).contains("AWAITING_ACKNOWLEDGEMENT", "ACKNOWLEDGE");
    }

    @Test
    void provision_1_5_dissatisfaction_with_a_service_request_becomes_a_linked_complaint() {
        String id = create(newComplaint().description("Please fix my gate").build());
        var noChoice = post(id, "triage", Map.of("outcome", "SERVICE_REQUEST", "reasons", "A request for a repair"));
        assertThat(noChoice.status()).isEqualTo(422);
        assertThat(noChoice.text("/provision")).isEqualTo("1.3");
        var stageZero = post(id, "triage", Map.of("outcome", "STAGE_0", "reasons", "Try informally first"));
        assertThat(stageZero.text("/provision")).isEqualTo("5.2");

        var request = post(id, "triage", Map.of("outcome", "SERVICE_REQUEST", "reasons", "A request for a repair",
                "residentToldOfRightToComplain", true));
        assertThat(request.text("/status")).isEqualTo("SERVICE_REQUEST");
        assertThat(request.text("/kind")).isEqualTo("SERVICE_REQUEST");

        var complaint = post(id, "service-request/complaint",
                Map.of("receivedAt", "2026-03-20T09:00:00Z", "description", "You said you'd fix the gate and nobody came."));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        assertThat(complaint.text("/kind")).isEqualTo("COMPLAINT");
        assertThat(complaint.text("/links/0/complaintId")).isEqualTo(id);
        var original = officer().get("/api/v1/complaints/" + id);
        assertThat(original.text("/status")).isEqualTo("SERVICE_REQUEST");
        assertThat(original.text("/links/0/complaintId")).isEqualTo(complaint.text("/id"));
    }

    @Test
    void provision_6_8_additional_complaints_join_if_related_otherwise_are_linked() {
        String id = create(newComplaint().build());
        post(id, "acknowledgement", acknowledgement(LocalDate.of(2026, 3, 3), "officer.a", "Repair not booked"));
        var joined = post(id, "additional-complaints",
                Map.of("receivedAt", "2026-03-05T09:00:00Z", "description", "The engineer was rude", "related", true));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.body().at("/definition/points").size()).isEqualTo(2);

        var separate = post(id, "additional-complaints",
                Map.of("receivedAt", "2026-03-05T09:00:00Z", "description", "My neighbour's dog barks", "related", false));
        assertThat(separate.status()).isEqualTo(201);
        assertThat(separate.text("/id")).isNotEqualTo(id);
        assertThat(separate.text("/links/0/relation")).isEqualTo("RAISED_FROM");
    }

    @Test
    void the_work_queue_filters_searches_and_pages_sorted_by_next_deadline() {
        String surname = "Queue" + UUID.randomUUID().toString().substring(0, 8);
        String first = create(newComplaint().residentName("Ann " + surname).receivedAt("2026-02-02T10:00:00Z").build());
        String second = create(newComplaint().residentName("Bob " + surname).receivedAt("2026-01-05T10:00:00Z").build());
        var page = officer().get("/api/v1/complaints?q=" + surname.toLowerCase() + "&size=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.body().get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.text("/items/0/id")).isEqualTo(second); // earlier deadline first
        assertThat(page.text("/items/0/deadlineStatus/status")).isEqualTo("OVERDUE");
        var nextPage = officer().get("/api/v1/complaints?q=" + surname + "&size=1&page=1");
        assertThat(nextPage.text("/items/0/id")).isEqualTo(first);
        var overdue = officer().get("/api/v1/complaints?overdue=true&q=" + surname);
        assertThat(overdue.body().get("totalItems").asLong()).isEqualTo(2);
        var byReference = officer().get("/api/v1/complaints?q=" + officer().get("/api/v1/complaints/" + first).text("/reference"));
        assertThat(byReference.body().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void concurrent_intakes_get_distinct_references() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> references = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                references.add(pool.submit(() -> officer().post("/api/v1/complaints", newComplaint().build()).text("/reference")));
            }
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (var reference : references) {
                distinct.add(reference.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(24).allMatch(reference -> reference.matches("CMP-2026-\\d{6}"));
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_openapi_document_describes_the_api() {
        var docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().at("/paths").propertyNames()).contains("/api/v1/complaints", "/api/v1/complaints/{id}/acknowledgement");
    }
}

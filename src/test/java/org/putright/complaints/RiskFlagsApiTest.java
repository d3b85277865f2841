package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintRequests.acknowledgement;
import static org.putright.complaints.ComplaintRequests.newComplaint;
import static org.putright.complaints.ComplaintRequests.response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risk and vulnerability flags (2024 Code 6.1) through the REST API: they put a case ahead in the work queue, prompt
 * the early-resolution check, and are recorded as events; and the legal hold. On H2 and PostgreSQL.
 */
@WithDatabase
class RiskFlagsApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ComplaintQueries queries;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("risk.officer", "COMPLAINTS_OFFICER").staff("risk.investigator", "INVESTIGATING_OFFICER")
                .staff("risk.viewer", "GOVERNANCE_VIEWER");
    }

    private Api.Session officer() {
        return api.as("risk.officer");
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Received that many days ago (a minute ago for 0); the tenancy reference lets a search find only this test's cases. */
    private String receive(String tenancy, int daysAgo, List<String> flags) {
        String at = ZonedDateTime.now(LONDON).minusDays(daysAgo).minusMinutes(1).withSecond(0).withNano(0).toOffsetDateTime().toString();
        Map<String, Object> body = newComplaint().receivedAt(at).tenancy(tenancy).residentName("Resident " + tenancy).build();
        if (flags != null) {
            body.put("riskFlags", flags);
            body.put("riskNotes", "Two children under five at home");
        }
        var created = officer().post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    private Api.Response putFlags(String id, String who, List<String> flags, String notes) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("flags", flags);
        if (notes != null) {
            body.put("notes", notes);
        }
        return api.as(who).request(MockMvcRequestBuilders.put("/api/v1/complaints/" + id + "/risk-flags"), body);
    }

    private List<String> queueOrder(String tenancy, boolean priorityOnly) {
        var page = officer().get("/api/v1/complaints?q=" + tenancy + (priorityOnly ? "&priority=true" : ""));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void provision_6_1_a_flag_raises_the_priority_so_a_later_deadline_comes_before_an_earlier_unflagged_one() {
        String tenancy = "TF-" + tag();
        String earlier = receive(tenancy, 7, null);
        String later = receive(tenancy, 1, null);
        assertThat(queueOrder(tenancy, false)).containsExactly(earlier, later);

        var flagged = putFlags(later, "risk.investigator", List.of("NO_HEATING_OR_HOT_WATER", "ELDERLY_OR_CHILDREN_AT_RISK"),
                "Baby in the house; portable heater delivered");
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(flagged.body().at("/priority").asInt()).isEqualTo(RiskFlag.NO_HEATING_OR_HOT_WATER.weight());
        assertThat(flagged.body().get("riskFlags")).extracting(JsonNode::asString)
                .containsExactly("NO_HEATING_OR_HOT_WATER", "ELDERLY_OR_CHILDREN_AT_RISK");
        assertThat(flagged.text("/riskNotes")).isEqualTo("Baby in the house; portable heater delivered");

        // the REST list and the staff work queue's open-cases view: flagged first, then by deadline
        assertThat(queueOrder(tenancy, false)).containsExactly(later, earlier);
        var open = queries.list(new ComplaintQueries.Filter(null, null, null, null, null, false, false, tenancy, true), 0, 25);
        assertThat(open.items()).extracting(s -> s.id().toString()).containsExactly(later, earlier);
        assertThat(open.items().getFirst().priority()).isEqualTo(2);
        assertThat(open.items().getFirst().riskFlags()).containsExactly(RiskFlag.NO_HEATING_OR_HOT_WATER, RiskFlag.ELDERLY_OR_CHILDREN_AT_RISK);
        assertThat(open.items().getLast().priority()).isZero();
        assertThat(open.items().getFirst().deadlineStatus().dueOn()).isAfter(open.items().getLast().deadlineStatus().dueOn());
        assertThat(queueOrder(tenancy, true)).containsExactly(later);

        // removing the flags is a new event with the smaller (empty) set; the order goes back to the deadline
        var cleared = putFlags(later, "risk.officer", List.of(), null);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.body().at("/priority").asInt()).isZero();
        assertThat(cleared.body().get("riskFlags")).isEmpty();
        assertThat(queueOrder(tenancy, false)).containsExactly(earlier, later);
        assertThat(queueOrder(tenancy, true)).isEmpty();
        List<String> types = new ArrayList<>();
        cleared.body().get("history").forEach(h -> types.add(h.get("type").asString()));
        assertThat(types).containsExactly("ComplaintReceived", "RiskFlagsRecorded", "RiskFlagsRecorded");
        assertThat(cleared.body().at("/history/2/details/flags")).isEmpty();
        assertThat(cleared.text("/history/1/actor")).isEqualTo("risk.investigator");
    }

    @Test
    void the_most_serious_flag_sets_the_priority_and_flags_can_be_given_at_intake() {
        String tenancy = "TI-" + tag();
        String id = receive(tenancy, 0, List.of("DISABILITY_OR_MOBILITY", "SAFEGUARDING_CONCERN"));
        var view = officer().get("/api/v1/complaints/" + id);
        assertThat(view.body().at("/priority").asInt()).isEqualTo(3);
        assertThat(view.body().get("riskFlags")).extracting(JsonNode::asString).containsExactly("SAFEGUARDING_CONCERN", "DISABILITY_OR_MOBILITY");
        assertThat(view.text("/riskNotes")).isEqualTo("Two children under five at home");
        assertThat(view.text("/history/1/type")).isEqualTo("RiskFlagsRecorded");

        var unknown = officer().post("/api/v1/complaints", Map.of("receivedAt", "2026-03-02T10:15:00Z", "channel", "PHONE",
                "resident", Map.of("name", "Someone"), "description", "Cold", "riskFlags", List.of("VERY_COLD")));
        assertThat(unknown.status()).isEqualTo(400);

        var flags = api.as("risk.viewer").get("/api/v1/risk-flags");
        assertThat(flags.status()).isEqualTo(200);
        assertThat(flags.body()).hasSize(RiskFlag.values().length);
        assertThat(flags.text("/0/code")).isEqualTo("SAFEGUARDING_CONCERN");
        assertThat(flags.text("/0/label")).isEqualTo("Safeguarding concern");
        assertThat(flags.body().at("/0/weight").asInt()).isEqualTo(3);
    }

    @Test
    void provision_6_1_a_flagged_stage_1_complaint_asks_for_the_early_resolution_check_until_it_is_recorded_with_reasons() {
        String tenancy = "TE-" + tag();
        String unflagged = receive(tenancy, 0, null);
        assertThat(officer().get("/api/v1/complaints/" + unflagged).body().at("/earlyResolution/checkDue").asBoolean()).isFalse();

        String id = receive(tenancy, 0, List.of("HEALTH_MADE_WORSE"));
        var before = officer().get("/api/v1/complaints/" + id);
        assertThat(before.body().at("/earlyResolution/checkDue").asBoolean()).isTrue();
        assertThat(before.body().at("/earlyResolution/canResolveEarly").isNull()).isTrue();

        var bare = officer().post("/api/v1/complaints/" + id + "/early-resolution", Map.of("canResolveEarly", true));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.text("/provision")).isEqualTo("6.1");
        assertThat(bare.text("/rule")).isEqualTo("EarlyResolutionMustBeReasoned");

        var considered = api.as("risk.investigator").post("/api/v1/complaints/" + id + "/early-resolution",
                Map.of("canResolveEarly", true, "notes", "Asthma worsened by the damp; a dehumidifier and a repair visit this week settle it"));
        assertThat(considered.status()).as(considered.toString()).isEqualTo(200);
        assertThat(considered.body().at("/earlyResolution/checkDue").asBoolean()).isFalse();
        assertThat(considered.body().at("/earlyResolution/canResolveEarly").asBoolean()).isTrue();
        assertThat(considered.text("/earlyResolution/notes")).startsWith("Asthma worsened");
        assertThat(considered.text("/earlyResolution/consideredBy")).isEqualTo("risk.investigator");
        assertThat(considered.text("/history/2/type")).isEqualTo("EarlyResolutionConsidered");

        // a new risk asks again; a risk removed does not
        assertThat(putFlags(id, "risk.officer", List.of("HEALTH_MADE_WORSE"), "Inhaler use doubled").body()
                .at("/earlyResolution/checkDue").asBoolean()).isFalse();
        assertThat(putFlags(id, "risk.officer", List.of("HEALTH_MADE_WORSE", "DAMP_AND_MOULD_HAZARD"), "Mould in the bedroom").body()
                .at("/earlyResolution/checkDue").asBoolean()).isTrue();

        // once responded to, the check is no longer asked for, and cannot be recorded
        LocalDate today = LocalDate.now(LONDON);
        assertThat(officer().post("/api/v1/complaints/" + id + "/acknowledgement", acknowledgement(today, "risk.officer")).status())
                .isEqualTo(200);
        assertThat(officer().get("/api/v1/complaints/" + id).body().at("/earlyResolution/checkDue").asBoolean()).isTrue();
        var responded = officer().post("/api/v1/complaints/" + id + "/response", response(today).build());
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        assertThat(responded.body().at("/earlyResolution/checkDue").asBoolean()).isFalse();
        assertThat(officer().post("/api/v1/complaints/" + id + "/early-resolution", Map.of("canResolveEarly", false, "notes", "Too late"))
                .status()).isEqualTo(409);
    }

    @Test
    void flags_are_not_recorded_on_a_closed_complaint_and_viewers_cannot_record_them() {
        String tenancy = "TC-" + tag();
        String id = receive(tenancy, 0, null);
        assertThat(putFlags(id, "risk.viewer", List.of("NO_WATER_OR_POWER"), null).status()).isEqualTo(403);
        LocalDate today = LocalDate.now(LONDON);
        assertThat(officer().post("/api/v1/complaints/" + id + "/refusal",
                ComplaintRequests.refusal("LEGAL_PROCEEDINGS", "A disrepair claim was issued about the same boiler.", today)).status())
                .isEqualTo(200);
        var refused = putFlags(id, "risk.officer", List.of("NO_WATER_OR_POWER"), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    }

    @Test
    void a_legal_hold_is_placed_and_lifted_with_reasons_by_officers_and_managers_only() {
        String id = receive("TH-" + tag(), 0, null);
        var path = "/api/v1/complaints/" + id + "/legal-hold";
        assertThat(api.as("risk.investigator").request(MockMvcRequestBuilders.put(path), Map.of("reason", "Claim")).status()).isEqualTo(403);
        assertThat(officer().request(MockMvcRequestBuilders.put(path), Map.of("reason", " ")).status()).isEqualTo(422);

        var held = officer().request(MockMvcRequestBuilders.put(path), Map.of("reason", "Disrepair claim K00AB123 issued"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.body().at("/legalHold/held").asBoolean()).isTrue();
        assertThat(held.text("/legalHold/reason")).isEqualTo("Disrepair claim K00AB123 issued");
        assertThat(held.text("/legalHold/placedBy")).isEqualTo("risk.officer");
        assertThat(officer().request(MockMvcRequestBuilders.put(path), Map.of("reason", "Again")).status()).isEqualTo(409);

        assertThat(officer().request(MockMvcRequestBuilders.delete(path), null).status()).isEqualTo(422);
        var lifted = officer().request(MockMvcRequestBuilders.delete(path + "?reason=Claim settled"), null);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.body().at("/legalHold/held").asBoolean()).isFalse();
        assertThat(officer().request(MockMvcRequestBuilders.delete(path), Map.of("reason", "Again")).status()).isEqualTo(409);
        List<String> types = new ArrayList<>();
        lifted.body().get("history").forEach(h -> types.add(h.get("type").asString()));
        assertThat(types).containsSubsequence("LegalHoldPlaced", "LegalHoldLifted");
    }
}

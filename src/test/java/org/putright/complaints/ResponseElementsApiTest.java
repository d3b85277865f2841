package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.complaints.ComplaintRequests.acknowledgement;
import static org.putright.complaints.ComplaintRequests.escalation;
import static org.putright.complaints.ComplaintRequests.newComplaint;
import static org.putright.complaints.ComplaintRequests.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/**
 * 6.9 and 6.19 through the API: a response missing the decision, reasons, remedy details or outstanding-action
 * details is refused with 422, the provision and the missing elements listed, and the complaint stays as it was. The
 * stage, definition and escalation route come from the record and appear on the issued response.
 */
@WithDatabase
class ResponseElementsApiTest {

    static final LocalDate RESPONDED = LocalDate.of(2026, 3, 10);
    static final LocalDate STAGE_2_RESPONDED = LocalDate.of(2026, 3, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("elements.a", "COMPLAINTS_OFFICER").staff("elements.b", "COMPLAINTS_OFFICER");
        clock.set(Instant.parse("2026-06-30T09:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private String acknowledgedAtStage1() {
        var created = api.as("elements.a").post("/api/v1/complaints", newComplaint().receivedAt("2026-03-02T10:15:00Z").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        var acknowledged = api.as("elements.a").post("/api/v1/complaints/" + id + "/acknowledgement",
                acknowledgement(LocalDate.of(2026, 3, 4), "elements.a"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        return id;
    }

    private String acknowledgedAtStage2() {
        String id = acknowledgedAtStage1();
        assertThat(respond(id, response(RESPONDED)).status()).isEqualTo(200);
        assertThat(api.as("elements.a").post("/api/v1/complaints/" + id + "/escalation", escalation(LocalDate.of(2026, 3, 12))).status())
                .isEqualTo(200);
        var acknowledged = api.as("elements.b").post("/api/v1/complaints/" + id + "/acknowledgement",
                acknowledgement(LocalDate.of(2026, 3, 13), "elements.b"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        return id;
    }

    private Api.Response respond(String id, ComplaintRequests.Response body) {
        return api.as("elements.b").post("/api/v1/complaints/" + id + "/response", body.build());
    }

    /** Refused with 422 naming the provision and exactly the given elements; the complaint is not responded to. */
    private void refused(String id, ComplaintRequests.Response body, String provision, String... labels) {
        var refused = respond(id, body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("/provision")).isEqualTo(provision);
        assertThat(refused.text("/rule")).isEqualTo("ResponseMustContainRequiredElements");
        List<String> missing = new ArrayList<>();
        for (JsonNode element : refused.body().get("missingElements")) {
            missing.add(element.get("label").asString());
            assertThat(element.get("description").asString()).isNotBlank();
            assertThat(element.get("howToProvide").asString()).isNotBlank();
        }
        assertThat(missing).containsExactly(labels);
        assertThat(api.as("elements.a").get("/api/v1/complaints/" + id).text("/status")).isEqualTo("UNDER_INVESTIGATION");
    }

    @Test
    void provision_6_9_c_a_stage_1_response_without_the_decision_is_refused() {
        refused(acknowledgedAtStage1(), response(RESPONDED).without("decision"), "6.9", "c");
    }

    @Test
    void provision_6_9_d_a_stage_1_response_without_reasons_is_refused() {
        refused(acknowledgedAtStage1(), response(RESPONDED).without("reasons"), "6.9", "d");
        refused(acknowledgedAtStage1(), response(RESPONDED).with("reasons", "  "), "6.9", "d");
    }

    @Test
    void provision_6_9_e_a_stage_1_response_without_remedy_details_is_refused() {
        String id = acknowledgedAtStage1();
        refused(id, response(RESPONDED).without("remedies"), "6.9", "e");
        refused(id, response(RESPONDED).with("remedies", List.of()).with("noRemedyReason", " "), "6.9", "e");
        var issued = respond(id, response(RESPONDED).without("remedies").with("noRemedyReason", "Nothing went wrong."));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.text("/stages/0/response/noRemedyReason")).isEqualTo("Nothing went wrong.");
    }

    @Test
    void provision_6_9_f_a_stage_1_response_without_outstanding_action_details_is_refused() {
        String id = acknowledgedAtStage1();
        refused(id, response(RESPONDED).without("outstandingActions"), "6.9", "f");
        refused(id, response(RESPONDED).with("outstandingActions", List.of()).with("noOutstandingActions", false), "6.9", "f");
        var issued = respond(id, response(RESPONDED).without("outstandingActions").with("noOutstandingActions", true));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.body().at("/stages/0/response/noOutstandingActions").asBoolean()).isTrue();
    }

    @Test
    void provision_6_9_all_missing_elements_are_listed_together() {
        refused(acknowledgedAtStage1(), response(RESPONDED).without("decision").without("reasons").without("remedies")
                .without("outstandingActions"), "6.9", "c", "d", "e", "f");
    }

    @Test
    void provision_6_9_a_b_g_the_stage_definition_and_route_to_stage_2_come_from_the_record() {
        String id = acknowledgedAtStage1();
        var issued = respond(id, response(RESPONDED));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        JsonNode stage = issued.body().at("/stages/0");
        assertThat(stage.get("stage").asInt()).isEqualTo(1);
        assertThat(stage.at("/definition/summary").asString()).isNotBlank();
        String route = stage.at("/response/escalationRoute").asString();
        assertThat(route).contains("stage 2", "/check-your-complaint", "You do not have to give reasons",
                issued.text("/reference"));
        assertThat(stage.at("/response/remedies/1/financial/distressAndInconvenience").asInt()).isEqualTo(100);
        assertThat(stage.at("/response/outstandingActions/0/owner").asString()).isEqualTo("Repairs Manager");
    }

    @Test
    void provision_6_19_c_to_f_stage_2_responses_are_refused_for_each_missing_element() {
        String id = acknowledgedAtStage2();
        refused(id, response(STAGE_2_RESPONDED).without("decision"), "6.19", "c");
        refused(id, response(STAGE_2_RESPONDED).without("reasons"), "6.19", "d");
        refused(id, response(STAGE_2_RESPONDED).without("remedies"), "6.19", "e");
        refused(id, response(STAGE_2_RESPONDED).without("outstandingActions"), "6.19", "f");
    }

    @Test
    void provision_6_19_g_the_final_response_tells_the_resident_how_to_go_to_the_ombudsman() {
        String id = acknowledgedAtStage2();
        var issued = respond(id, response(STAGE_2_RESPONDED));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.body().at("/stages/1/response/escalationRoute").asString())
                .contains("final response", "Housing Ombudsman Service", "0300 111 3000");
    }
}

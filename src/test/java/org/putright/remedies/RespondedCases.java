package org.putright.remedies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.testsupport.Api;

/** Puts a complaint through the API to a stage 1 response with the remedies and promised actions a test needs. */
final class RespondedCases {

    private final Api api;
    private final String officer;
    private final List<Map<String, Object>> remedies = new ArrayList<>();
    private final List<Map<String, Object>> actions = new ArrayList<>();

    RespondedCases(Api api, String officer) {
        this.api = api;
        this.officer = officer;
    }

    RespondedCases remedy(String type, String description, Map<String, Object> financial) {
        Map<String, Object> remedy = new LinkedHashMap<>();
        remedy.put("type", type);
        remedy.put("description", description);
        if (financial != null) {
            remedy.put("financial", financial);
        }
        remedies.add(remedy);
        return this;
    }

    RespondedCases action(String description, LocalDate dueOn, String owner) {
        actions.add(Map.of("description", description, "dueOn", dueOn.toString(), "owner", owner));
        return this;
    }

    /** Received on {@code receivedOn}, acknowledged the next day, responded on {@code respondedOn}; returns the complaint id. */
    String respond(String residentName, LocalDate receivedOn, LocalDate respondedOn) {
        var session = api.as(officer);
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("receivedAt", receivedOn + "T10:15:00Z");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", residentName, "tenancyReference", "T-2001", "email", "resident@example.org"));
        complaint.put("description", "The boiler has not worked for three weeks and nobody has come.");
        var created = session.post("/api/v1/complaints", complaint);
        check(created, 201);
        String id = created.text("/id");
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", "The resident's boiler has been broken for three weeks without a repair visit.");
        definition.put("points", List.of("Repair not booked"));
        definition.put("outcomesSought", List.of("Boiler repaired"));
        check(session.post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", receivedOn.plusDays(1).toString(), "handler", officer, "definition", definition)), 200);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("respondedOn", respondedOn.toString());
        response.put("decision", "UPHELD");
        response.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
        response.put("points", List.of(Map.of("point", "Repair not booked", "decision", "UPHELD", "reasons", "Our records show no booking.")));
        if (remedies.isEmpty()) {
            response.put("noRemedyReason", "Nothing was lost.");
        }
        else {
            response.put("remedies", remedies);
        }
        if (actions.isEmpty()) {
            response.put("noOutstandingActions", true);
        }
        else {
            response.put("outstandingActions", actions);
        }
        check(session.post("/api/v1/complaints/" + id + "/response", response), 200);
        return id;
    }

    private static void check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response);
        }
    }
}

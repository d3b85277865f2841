package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.testsupport.Api;

/** Puts complaints and Ombudsman cases on the register through the API, failing loudly when a step is refused. */
final class OmbudsmanFixtures {

    private final Api api;
    private final String officer;

    OmbudsmanFixtures(Api api, String officer) {
        this.api = api;
        this.officer = officer;
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complaint received on the day; its PutRight reference. */
    String complaint(LocalDate receivedOn, String residentName) {
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("receivedAt", receivedOn + "T10:15:00Z");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", residentName, "tenancyReference", "T-OMB-1", "email", "resident@example.org"));
        complaint.put("description", "The damp in the bedroom has come back and nobody has come to look at it.");
        return check(api.as(officer).post("/api/v1/complaints", complaint), 201).text("/reference");
    }

    /** A case referred on the day about a new complaint received a month before; its id. */
    String referredCase(String ombudsmanReference, LocalDate referredOn) {
        String complaint = complaint(referredOn.minusMonths(1), "Resident " + ombudsmanReference);
        return check(api.as(officer).post("/api/v1/ombudsman/cases",
                Map.of("ombudsmanReference", ombudsmanReference, "complaintReference", complaint, "referredOn", referredOn.toString())), 201)
                .text("/id");
    }

    Api.Response determine(String caseId, LocalDate on, Object... descriptionAndFinding) {
        List<Map<String, Object>> elements = new java.util.ArrayList<>();
        for (int i = 0; i < descriptionAndFinding.length; i += 2) {
            elements.add(Map.of("description", descriptionAndFinding[i], "finding", descriptionAndFinding[i + 1]));
        }
        return api.as(officer).post("/api/v1/ombudsman/cases/" + caseId + "/determination",
                Map.of("determinedOn", on.toString(), "elements", elements));
    }

    Api.Response order(String caseId, String kind, String description, LocalDate madeOn, LocalDate dueOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("description", description);
        if (madeOn != null) {
            body.put("madeOn", madeOn.toString());
        }
        if (dueOn != null) {
            body.put("dueOn", dueOn.toString());
        }
        return api.as(officer).post("/api/v1/ombudsman/cases/" + caseId + "/orders", body);
    }

    /** Adds an order and returns its id (the last order on the case). */
    String addOrder(String caseId, String kind, String description, LocalDate madeOn, LocalDate dueOn) {
        var orders = check(order(caseId, kind, description, madeOn, dueOn), 201).body().get("orders");
        for (var order : orders) {
            if (order.get("description").asString().equals(description)) {
                return order.get("id").asString();
            }
        }
        throw new IllegalStateException("The order was not on the case: " + orders);
    }

    Api.Response comply(String caseId, String orderId, LocalDate on, String evidence) {
        return api.as(officer).post("/api/v1/ombudsman/cases/" + caseId + "/orders/" + orderId + "/compliance",
                Map.of("compliedOn", on.toString(), "evidence", evidence));
    }

    static Api.Response check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response);
        }
        return response;
    }
}

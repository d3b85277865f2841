package org.putright.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.testsupport.Api;

/** Puts complaints through the API step by step, on the dates a TSM fixture needs. */
final class TsmCases {

    static final String OFFICER = "tsm.officer";
    static final String REVIEWER = "tsm.reviewer";

    private final Api.Session officer;
    private final Api.Session reviewer;

    TsmCases(Api api) {
        api.staff(OFFICER, "COMPLAINTS_OFFICER").staff(REVIEWER, "COMPLAINTS_OFFICER");
        this.officer = api.as(OFFICER);
        this.reviewer = api.as(REVIEWER);
    }

    /** A complaint received at 10:00 UTC on the day; returns its id. */
    String receive(String name, String receivedOn) {
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("receivedAt", receivedOn + "T10:00:00Z");
        complaint.put("channel", "PHONE");
        complaint.put("resident", Map.of("name", name, "tenancyReference", "TSM-" + name.hashCode(), "email", "tsm@example.org"));
        complaint.put("description", "The repair to the roof was never booked.");
        return check(officer.post("/api/v1/complaints", complaint), 201).text("/id");
    }

    TsmCases acknowledge(String id, String on, int stage) {
        Map<String, Object> definition = Map.of("summary", "The roof repair was never booked.", "points", List.of("Repair not booked"),
                "outcomesSought", List.of("Roof repaired"));
        check((stage == 1 ? officer : reviewer).post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", on, "handler", stage == 1 ? OFFICER : REVIEWER, "definition", definition)), 200);
        return this;
    }

    TsmCases extend(String id, int workingDays, String residentInformedOn) {
        check(officer.post("/api/v1/complaints/" + id + "/extensions", Map.of("workingDays", workingDays, "reason",
                "We are waiting for the roofer's survey.", "residentInformedOn", residentInformedOn, "updateEveryWorkingDays", 5)), 200);
        return this;
    }

    TsmCases respond(String id, String on) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("respondedOn", on);
        response.put("decision", "UPHELD");
        response.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
        response.put("points", List.of(Map.of("point", "Repair not booked", "decision", "UPHELD", "reasons", "No booking was made.")));
        response.put("noRemedyReason", "The repair has now been done and nothing was lost.");
        response.put("noOutstandingActions", true);
        check(officer.post("/api/v1/complaints/" + id + "/response", response), 200);
        return this;
    }

    TsmCases escalate(String id, String on) {
        check(officer.post("/api/v1/complaints/" + id + "/escalation", Map.of("requestedOn", on, "reason", "Still not fixed")), 200);
        return this;
    }

    TsmCases refuse(String id, String on) {
        check(officer.post("/api/v1/complaints/" + id + "/refusal", Map.of("ground", "LEGAL_PROCEEDINGS", "reasons",
                "The resident has started a disrepair claim in the county court about the same roof.", "decidedOn", on)), 200);
        return this;
    }

    TsmCases serviceRequest(String id) {
        check(officer.post("/api/v1/complaints/" + id + "/triage", Map.of("outcome", "SERVICE_REQUEST", "reasons",
                "A first report of a dripping tap: booked as a repair.", "residentToldOfRightToComplain", true)), 200);
        return this;
    }

    TsmCases close(String id, String on) {
        check(officer.post("/api/v1/complaints/" + id + "/closure", Map.of("closedOn", on, "reason", "Answered and not taken further")), 200);
        return this;
    }

    private static Api.Response check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response);
        }
        return response;
    }
}

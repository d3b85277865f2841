package org.putright.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data builders for API request bodies: the defaults make a valid request; tests change what they are about. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    static NewComplaint newComplaint() {
        return new NewComplaint();
    }

    static final class NewComplaint {

        private String receivedAt = "2026-03-02T10:15:00Z";
        private String channel = "PHONE";
        private final Map<String, Object> resident = new LinkedHashMap<>(Map.of("name", "Ada Lovelace", "tenancyReference", "T-1001",
                "email", "ada@example.org"));
        private String description = "The boiler has not worked for three weeks and nobody has come. I'm fed up.";
        private String issueOccurredOn;
        private Map<String, Object> representative;

        NewComplaint receivedAt(String isoInstant) {
            this.receivedAt = isoInstant;
            return this;
        }

        NewComplaint channel(String channel) {
            this.channel = channel;
            return this;
        }

        NewComplaint residentName(String name) {
            resident.put("name", name);
            return this;
        }

        NewComplaint tenancy(String tenancyReference) {
            resident.put("tenancyReference", tenancyReference);
            return this;
        }

        NewComplaint description(String description) {
            this.description = description;
            return this;
        }

        NewComplaint issueOccurredOn(String date) {
            this.issueOccurredOn = date;
            return this;
        }

        NewComplaint representative(String name, String relationship) {
            this.representative = Map.of("name", name, "relationship", relationship, "consentGiven", true);
            return this;
        }

        Map<String, Object> build() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("receivedAt", receivedAt);
            body.put("channel", channel);
            body.put("resident", resident);
            body.put("description", description);
            if (issueOccurredOn != null) {
                body.put("issueOccurredOn", issueOccurredOn);
            }
            if (representative != null) {
                body.put("representative", representative);
            }
            return body;
        }
    }

    static Map<String, Object> acknowledgement(LocalDate on, String handler, String... points) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", "The resident's boiler has been broken for three weeks without a repair visit.");
        definition.put("points", List.of(points));
        definition.put("outcomesSought", List.of("Boiler repaired", "Compensation for the time without heating"));
        definition.put("notResponsibleFor", List.of("The gas supply itself"));
        return Map.of("acknowledgedOn", on.toString(), "handler", handler, "definition", definition);
    }

    static Map<String, Object> extension(int days, LocalDate residentInformedOn, String goodReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workingDays", days);
        body.put("reason", "We are waiting for the contractor's report on the boiler.");
        body.put("residentInformedOn", residentInformedOn.toString());
        body.put("updateEveryWorkingDays", 5);
        if (goodReason != null) {
            body.put("goodReason", goodReason);
        }
        return body;
    }

    static Response response(LocalDate on) {
        return new Response(on);
    }

    static final class Response {

        private final LocalDate on;
        private String decision = "UPHELD";
        private final List<Map<String, Object>> points = new ArrayList<>();
        private final java.util.Set<String> left = new java.util.HashSet<>();
        private final Map<String, Object> extra = new LinkedHashMap<>();

        Response(LocalDate on) {
            this.on = on;
        }

        /** Leaves a member out of the request, to see the response refused for the element it carries. */
        Response without(String member) {
            left.add(member);
            return this;
        }

        Response with(String member, Object value) {
            extra.put(member, value);
            return this;
        }

        Response decision(String decision) {
            this.decision = decision;
            return this;
        }

        Response point(String point, String decision) {
            points.add(Map.of("point", point, "decision", decision, "reasons", "Our repair records show " + point.toLowerCase()));
            return this;
        }

        Map<String, Object> build() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("respondedOn", on.toString());
            body.put("decision", decision);
            body.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
            body.put("points", points);
            body.put("remedies", List.of(Map.of("type", "APOLOGY", "description", "We apologise for the delay."),
                    Map.of("type", "FINANCIAL", "description", "£150 for the time without heating.", "dueOn", on.plusDays(10).toString(),
                            "financial", Map.of("quantifiableLoss", 50, "distressAndInconvenience", 100))));
            body.put("outstandingActions", List.of(Map.of("description", "Replace the boiler", "dueOn", on.plusDays(14).toString(),
                    "owner", "Repairs Manager")));
            left.forEach(body::remove);
            body.putAll(extra);
            return body;
        }
    }

    static Map<String, Object> escalation(LocalDate requestedOn) {
        return Map.of("requestedOn", requestedOn.toString());
    }

    static Map<String, Object> refusal(String ground, String reasons, LocalDate decidedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ground", ground);
        if (reasons != null) {
            body.put("reasons", reasons);
        }
        body.put("decidedOn", decidedOn.toString());
        return body;
    }
}

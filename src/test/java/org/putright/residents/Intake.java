package org.putright.residents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.putright.testsupport.Api;

/** Test data builder: logs complaints through the staff API as residents' tests need them. Defaults make a valid complaint. */
final class Intake {

    private String receivedAt = "2026-03-02T10:15:00Z";
    private final Map<String, Object> resident = new LinkedHashMap<>();
    private Map<String, Object> representative;
    private String description = "The boiler has not worked for three weeks and nobody has come.";

    private Intake(String name) {
        resident.put("name", name);
    }

    static Intake complaintFrom(String name) {
        return new Intake(name);
    }

    Intake tenancy(String tenancyReference) {
        resident.put("tenancyReference", tenancyReference);
        return this;
    }

    Intake email(String email) {
        resident.put("email", email);
        return this;
    }

    Intake postcode(String postcode) {
        resident.put("postcode", postcode);
        return this;
    }

    Intake receivedAt(String isoInstant) {
        this.receivedAt = isoInstant;
        return this;
    }

    Intake description(String description) {
        this.description = description;
        return this;
    }

    /** A third party acting for the resident; {@code consentGiven} as they told us. */
    Intake representedBy(String name, String relationship, String email, boolean consentGiven) {
        representative = new LinkedHashMap<>();
        representative.put("name", name);
        representative.put("relationship", relationship);
        representative.put("email", email);
        representative.put("consentGiven", consentGiven);
        return this;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", receivedAt);
        body.put("channel", "PHONE");
        body.put("resident", resident);
        body.put("description", description);
        if (representative != null) {
            body.put("representative", representative);
        }
        return body;
    }

    /** Logs it as {@code officer}; returns the new complaint's id. */
    UUID loggedBy(Api.Session officer) {
        Api.Response created = officer.post("/api/v1/complaints", body());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not log complaint: " + created);
        }
        return UUID.fromString(created.body().get("id").asString());
    }
}

package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Staff log correspondence that did not come through the mailbox: calls, councillors' letters, contractors' emails. */
class CorrespondenceLogApiTest extends MailServers {

    private static Map<String, Object> call() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", "OUT");
        body.put("party", "CONTRACTOR");
        body.put("channel", "PHONE");
        body.put("from", "mail.officer");
        body.put("to", "Aqua Plumbing, site manager");
        body.put("subject", "Chased the roof repair");
        body.put("body", "They will attend on Thursday morning.");
        body.put("occurredAt", "2026-03-03T11:30:00Z");
        return body;
    }

    @Test
    void a_phone_call_to_a_contractor_is_logged_on_the_complaint_by_whoever_made_it() {
        String[] complaint = complaint(unique("logged") + "@residents.test");

        var logged = api.as("mail.officer").post("/api/v1/complaints/" + complaint[0] + "/correspondence", call());

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.text("/party")).isEqualTo("CONTRACTOR");
        assertThat(logged.text("/channel")).isEqualTo("PHONE");
        assertThat(logged.text("/triage")).isEqualTo("LOGGED");
        assertThat(logged.text("/recordedBy")).isEqualTo("mail.officer");
        assertThat(logged.text("/occurredAt")).isEqualTo("2026-03-03T11:30:00Z");
        var listed = api.as("mail.viewer").get("/api/v1/complaints/" + complaint[0] + "/correspondence");
        assertThat(listed.body()).anySatisfy(item -> assertThat(item.get("id").asString()).isEqualTo(logged.text("/id")));
    }

    @Test
    void logging_needs_the_kind_of_party_and_channel_and_some_content() {
        String[] complaint = complaint(unique("invalid") + "@residents.test");
        Map<String, Object> noParty = call();
        noParty.remove("party");
        Map<String, Object> empty = call();
        empty.remove("subject");
        empty.remove("body");
        Map<String, Object> wrongParty = call();
        wrongParty.put("party", "NEIGHBOUR");

        // the project's convention: a malformed request (missing or unknown value) is 400, content we refuse is 422
        assertThat(api.as("mail.officer").post("/api/v1/complaints/" + complaint[0] + "/correspondence", noParty).status()).isEqualTo(400);
        assertThat(api.as("mail.officer").post("/api/v1/complaints/" + complaint[0] + "/correspondence", empty).status()).isEqualTo(422);
        assertThat(api.as("mail.officer").post("/api/v1/complaints/" + complaint[0] + "/correspondence", wrongParty).status())
                .isEqualTo(400);
    }

    @Test
    void governance_viewers_read_but_do_not_log_and_unknown_complaints_are_not_found() {
        String[] complaint = complaint(unique("viewer") + "@residents.test");

        assertThat(api.as("mail.viewer").post("/api/v1/complaints/" + complaint[0] + "/correspondence", call()).status()).isEqualTo(403);
        assertThat(api.as("mail.viewer").get("/api/v1/complaints/" + complaint[0] + "/correspondence").status()).isEqualTo(200);
        assertThat(api.as("mail.officer").post("/api/v1/complaints/" + UUID.randomUUID() + "/correspondence", call()).status()).isEqualTo(404);
        assertThat(api.as("mail.viewer").get("/api/v1/complaints/" + UUID.randomUUID() + "/correspondence").status()).isEqualTo(404);
    }
}

package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * 5.9: after an extension, the case page says when the resident is next due an update, at the interval agreed with
 * them, counted from the last contact; anything we send resets it. March 2026: 16 = Mon, 18 = Wed, 19 = Thu, 23 = Mon.
 */
@WithDatabase
class KeepingInformedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("informed.officer", "COMPLAINTS_OFFICER");
        clock.set(Instant.parse("2026-03-16T10:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private String casePage(String id) throws Exception {
        return mvc.perform(get("/cases/" + id).with(user("informed.officer").roles("COMPLAINTS_OFFICER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void provision_5_9_the_next_update_is_due_at_the_agreed_interval_from_the_last_contact() throws Exception {
        Map<String, Object> resident = new LinkedHashMap<>();
        resident.put("name", "Informed " + UUID.randomUUID().toString().substring(0, 6));
        resident.put("postcode", "LS1 4AB");
        var created = api.as("informed.officer").post("/api/v1/complaints", Map.of("receivedAt", "2026-03-02T10:00:00Z", "channel", "PHONE",
                "resident", resident, "description", "The lift has been broken for a month."));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        assertThat(api.as("informed.officer").post("/api/v1/complaints/" + id + "/acknowledgement", Map.of("acknowledgedOn", "2026-03-04",
                "handler", "informed.officer", "definition", Map.of("summary", "The lift is broken", "points", List.of("Lift broken"),
                "outcomesSought", List.of("A working lift"))))
                .status()).isEqualTo(200);
        assertThat(casePage(id)).doesNotContain("Keeping the resident informed");

        var extended = api.as("informed.officer").post("/api/v1/complaints/" + id + "/extensions", Map.of("workingDays", 5, "reason",
                "Waiting for the lift engineer's report.", "residentInformedOn", "2026-03-16", "updateEveryWorkingDays", 3));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        // the acknowledgement and extension letters go out today (to print: no mail server here) and count as contact
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var letters = api.as("informed.officer").get("/api/v1/complaints/" + id + "/letters").body();
            return letters.size() == 2 && letters.get(1).get("deliveryStatus").asString().equals("READY_TO_PRINT");
        });
        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        assertThat(casePage(id)).contains("Keeping the resident informed", "Next update due by 19 March 2026",
                "every 3 working days", "Last contact: 16 March 2026", ">Overdue<");

        var called = api.as("informed.officer").post("/api/v1/complaints/" + id + "/correspondence", Map.of("direction", "OUT", "party",
                "RESIDENT", "channel", "PHONE", "subject", "Progress call", "body", "Told them the engineer visits on Monday.",
                "occurredAt", "2026-03-18T14:00:00Z"));
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        assertThat(casePage(id)).contains("Next update due by 23 March 2026", "Last contact: 18 March 2026").doesNotContain(">Overdue<");
    }
}

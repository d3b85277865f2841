package org.putright.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 7.4: remedies followed from the offer to the resident's answer and payment, and the Ombudsman's guidance bands. */
@WithDatabase
class RemediesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("remedies.officer", "COMPLAINTS_OFFICER").staff("remedies.investigator", "INVESTIGATING_OFFICER")
                .staff("remedies.viewer", "GOVERNANCE_VIEWER");
        clock.set(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /** Responded 20 May 2026 with an apology and £250 (£50 loss, £200 distress and inconvenience). */
    private String respondedWithMoney() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new RespondedCases(api, "remedies.officer")
                .remedy("APOLOGY", "We apologise for the delay " + tag, null)
                .remedy("FINANCIAL", "£250 for the time without heating", Map.of("quantifiableLoss", 50, "distressAndInconvenience", 200))
                .respond("Resident " + tag, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20));
    }

    private static Map<String, Object> acceptance(String on, boolean accepted) {
        return Map.of("acceptedOn", on, "accepted", accepted);
    }

    private static Map<String, Object> payment(String on, Object amount, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paidOn", on);
        body.put("amount", amount);
        body.put("reference", "BACS-991");
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void provision_7_4_a_financial_remedy_is_offered_accepted_then_paid_with_who_recorded_each_step() {
        String id = respondedWithMoney();
        var officer = api.as("remedies.officer");

        var offered = api.as("remedies.viewer").get("/api/v1/complaints/" + id + "/remedies");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.body().get("remedies")).hasSize(2);
        assertThat(offered.text("/remedies/1/status")).isEqualTo("OFFERED");
        assertThat(offered.text("/remedies/1/offeredOn")).isEqualTo("2026-05-20");
        assertThat(offered.body().at("/remedies/1/offeredTotal").decimalValue()).isEqualByComparingTo("250");
        assertThat(offered.body().at("/totalOffered").decimalValue()).isEqualByComparingTo("250");
        assertThat(offered.body().at("/totalPaid").decimalValue()).isEqualByComparingTo("0");

        var accepted = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-26", true));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("/remedies/1/status")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("/remedies/1/decidedOn")).isEqualTo("2026-05-26");

        var paid = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-06-01", 250, null));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.text("/remedies/1/status")).isEqualTo("PAID");
        assertThat(paid.text("/remedies/1/paidOn")).isEqualTo("2026-06-01");
        assertThat(paid.text("/remedies/1/paymentReference")).isEqualTo("BACS-991");
        assertThat(paid.body().at("/totalPaid").decimalValue()).isEqualByComparingTo("250");
        JsonNode history = paid.body().at("/remedies/1/history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("type").asString()).isEqualTo("ACCEPTED");
        assertThat(history.get(1).get("type").asString()).isEqualTo("PAID");
        assertThat(history.get(1).get("recordedBy").asString()).isEqualTo("remedies.officer");

        var twice = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-06-02", 250, null));
        assertThat(twice.status()).isEqualTo(409);
        var changeOfMind = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-06-02", false));
        assertThat(changeOfMind.status()).isEqualTo(409);
    }

    @Test
    void provision_7_4_a_remedy_cannot_be_paid_before_it_is_accepted() {
        String id = respondedWithMoney();
        var officer = api.as("remedies.officer");

        var early = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-06-01", 250, null));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.text("/detail")).contains("accepted");

        officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-26", false));
        var declined = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-06-01", 250, null));
        assertThat(declined.status()).isEqualTo(409);

        // the resident changed their mind: a new answer, the declined one is kept
        var accepted = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-28", true));
        assertThat(accepted.text("/remedies/1/status")).isEqualTo("ACCEPTED");
        assertThat(accepted.body().at("/remedies/1/history")).hasSize(2);
        var beforeAcceptance = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-05-27", 250, null));
        assertThat(beforeAcceptance.status()).isEqualTo(422);
        assertThat(beforeAcceptance.text("/errors/0/field")).isEqualTo("paidOn");
    }

    @Test
    void provision_7_4_a_payment_must_match_the_offer_unless_a_reason_is_given() {
        String id = respondedWithMoney();
        var officer = api.as("remedies.officer");
        officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-26", true));

        var short_ = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment", payment("2026-06-01", 200, null));
        assertThat(short_.status()).isEqualTo(422);
        assertThat(short_.text("/errors/0/field")).isEqualTo("amount");
        assertThat(short_.text("/errors/0/message")).contains("£250.00");

        var withReason = officer.post("/api/v1/complaints/" + id + "/remedies/1/1/payment",
                payment("2026-06-01", 200, "£50 offset against rent arrears, as the resident agreed"));
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        assertThat(withReason.body().at("/remedies/1/amountPaid").decimalValue()).isEqualByComparingTo("200");
        assertThat(withReason.text("/remedies/1/history/1/reason")).contains("offset");
    }

    @Test
    void answers_and_payments_are_checked_for_dates_kind_and_who_may_record_them() {
        String id = respondedWithMoney();
        var officer = api.as("remedies.officer");

        assertThat(officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-19", true)).status())
                .as("before the offer").isEqualTo(422);
        assertThat(officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-06-16", true)).status())
                .as("in the future").isEqualTo(422);
        assertThat(officer.post("/api/v1/complaints/" + id + "/remedies/1/5/acceptance", acceptance("2026-05-26", true)).status())
                .as("no such remedy").isEqualTo(404);
        assertThat(api.as("remedies.viewer").post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", acceptance("2026-05-26", true))
                .status()).as("read only").isEqualTo(403);
        assertThat(officer.post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", Map.of("accepted", true)).status())
                .as("no date").isEqualTo(400);

        officer.post("/api/v1/complaints/" + id + "/remedies/1/0/acceptance", acceptance("2026-05-26", true));
        var apologyPaid = officer.post("/api/v1/complaints/" + id + "/remedies/1/0/payment", payment("2026-06-01", 10, "x"));
        assertThat(apologyPaid.status()).as("an apology is not paid").isEqualTo(422);
    }

    @Test
    void provision_7_4_the_ombudsman_guidance_bands_are_served_with_their_source() {
        var guidance = api.as("remedies.viewer").get("/api/v1/remedies/guidance");
        assertThat(guidance.status()).isEqualTo(200);
        assertThat(guidance.text("/sourceUrl")).startsWith("https://www.housing-ombudsman.org.uk/");
        JsonNode bands = guidance.body().get("bands");
        assertThat(bands).hasSize(4);
        assertThat(bands.get(0).get("range").asString()).isEqualTo("Up to £100");
        assertThat(bands.get(1).get("from").decimalValue()).isEqualByComparingTo("100");
        assertThat(bands.get(1).get("to").decimalValue()).isEqualByComparingTo("600");
        assertThat(bands.get(2).get("to").decimalValue()).isEqualByComparingTo("1000");
        assertThat(bands.get(3).get("to").isNull()).isTrue();
        assertThat(api.anonymous().get("/api/v1/remedies/guidance").status()).isEqualTo(401);
    }
}

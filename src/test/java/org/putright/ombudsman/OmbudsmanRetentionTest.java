package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's share of the retention policy (decision 0022): when a complaint's personal data is removed, the free
 * text about its Ombudsman cases goes, while references, dates, findings and order kinds stay; other complaints' cases
 * are untouched.
 */
@WithDatabase
class OmbudsmanRetentionTest {

    static final String OFFICER = "omb.retention.officer";
    static final String REMOVED = PersonalDataAnonymised.REMOVED;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    OmbudsmanFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER");
        fixtures = new OmbudsmanFixtures(api, OFFICER);
        clock.set(LocalDate.of(2025, 11, 3).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /** A determined case with a note, two findings, an order and its compliance; the case as the API shows it. */
    private String caseWithEverything(String tag) {
        String id = fixtures.referredCase("HOS-R-" + tag, LocalDate.of(2025, 8, 4));
        OmbudsmanFixtures.check(api.as(OFFICER).post("/api/v1/ombudsman/cases/" + id + "/status",
                Map.of("status", "INVESTIGATING", "on", "2025-08-11", "note", "Mrs Example's daughter called " + tag)), 200);
        OmbudsmanFixtures.check(fixtures.determine(id, LocalDate.of(2025, 9, 15), "Repairs to Mrs Example's bathroom " + tag,
                "MALADMINISTRATION", "Complaint handling", "SERVICE_FAILURE"), 200);
        String order = fixtures.addOrder(id, "ORDER", "Pay Mrs Example £250 " + tag, null, LocalDate.of(2025, 10, 13));
        OmbudsmanFixtures.check(fixtures.comply(id, order, LocalDate.of(2025, 10, 1), "Paid to Mrs Example's account 1234 " + tag), 200);
        return id;
    }

    private JsonNode read(String caseId) {
        return OmbudsmanFixtures.check(api.as(OFFICER).get("/api/v1/ombudsman/cases/" + caseId), 200).body();
    }

    @Test
    void anonymising_a_complaint_removes_the_free_text_of_its_ombudsman_cases_and_keeps_the_findings_and_dates() {
        String tag = OmbudsmanFixtures.tag();
        String anonymisedCase = caseWithEverything(tag);
        String otherCase = caseWithEverything(tag + "o");
        UUID complaintId = UUID.fromString(read(anonymisedCase).get("complaintId").asString());

        transactions.executeWithoutResult(status -> events.publishEvent(
                new PersonalDataAnonymised(complaintId, "6 years after closure", LocalDate.of(2025, 9, 30), LocalDate.of(2031, 10, 1))));

        JsonNode after = read(anonymisedCase);
        assertThat(after.toString()).doesNotContain("Mrs Example").doesNotContain("bathroom").doesNotContain("1234");
        assertThat(after.at("/history/1/note").asString()).isEqualTo(REMOVED);
        assertThat(after.at("/history/0/note").isMissingNode() || after.at("/history/0/note").isNull())
                .as("a step without a note stays without one").isTrue();
        assertThat(after.at("/determination/elements/0/description").asString()).isEqualTo(REMOVED);
        assertThat(after.at("/determination/elements/0/finding").asString()).isEqualTo("MALADMINISTRATION");
        assertThat(after.at("/determination/elements/1/finding").asString()).isEqualTo("SERVICE_FAILURE");
        assertThat(after.at("/determination/determinedOn").asString()).isEqualTo("2025-09-15");
        JsonNode order = after.at("/orders/0");
        assertThat(order.get("description").asString()).isEqualTo(REMOVED);
        assertThat(order.get("kind").asString()).isEqualTo("ORDER");
        assertThat(order.get("dueOn").asString()).isEqualTo("2025-10-13");
        assertThat(order.get("status").asString()).isEqualTo("COMPLIED");
        assertThat(order.at("/compliance/compliedOn").asString()).isEqualTo("2025-10-01");
        assertThat(order.at("/compliance/evidence").asString()).isEqualTo(REMOVED);
        assertThat(after.get("ombudsmanReference").asString()).isEqualTo("HOS-R-" + tag);
        assertThat(after.get("referredOn").asString()).isEqualTo("2025-08-04");

        JsonNode other = read(otherCase);
        assertThat(other.at("/orders/0/description").asString()).isEqualTo("Pay Mrs Example £250 " + tag + "o");
        assertThat(other.at("/history/1/note").asString()).contains("Mrs Example");
    }
}

package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * 9.7 c: the register of the Ombudsman's cases over the API, from referral through the determination to orders and
 * the evidence they were complied with. The database is shared: each test uses its own Ombudsman references.
 */
@WithDatabase
class OmbudsmanRegisterApiTest {

    static final String OFFICER = "omb.officer";
    static final String MANAGER = "omb.manager";
    static final String BOARD = "omb.board";
    static final String INVESTIGATOR = "omb.investigator";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    Api api;
    OmbudsmanFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(MANAGER, "MANAGER").staff(BOARD, "GOVERNANCE_VIEWER")
                .staff(INVESTIGATOR, "INVESTIGATING_OFFICER");
        fixtures = new OmbudsmanFixtures(api, OFFICER);
        // Monday 3 November 2025
        clock.set(LocalDate.of(2025, 11, 3).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static JsonNode order(Api.Response caseResponse, String description) {
        for (JsonNode order : caseResponse.body().get("orders")) {
            if (order.get("description").asString().equals(description)) {
                return order;
            }
        }
        throw new AssertionError("No order " + description + " in " + caseResponse);
    }

    private static String field(Api.Response response) {
        return response.body().at("/errors/0/field").asString();
    }

    @Test
    void provision_9_7_c_a_case_goes_from_referral_to_determination_orders_and_compliance_with_every_step_kept() {
        String tag = OmbudsmanFixtures.tag();
        String reference = "HOS-" + tag;
        String complaint = fixtures.complaint(LocalDate.of(2025, 6, 2), "Resident " + tag);

        var created = api.as(OFFICER).post("/api/v1/ombudsman/cases",
                Map.of("ombudsmanReference", reference, "complaintReference", complaint.toLowerCase(), "referredOn", "2025-09-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("/status")).isEqualTo("REFERRED");
        assertThat(created.text("/complaintReference")).isEqualTo(complaint);
        assertThat(created.text("/complaintId")).isNotBlank();
        assertThat(created.text("/referredOn")).isEqualTo("2025-09-01");
        assertThat(created.text("/recordedBy")).isEqualTo(OFFICER);
        String id = created.text("/id");

        var investigating = api.as(MANAGER).post("/api/v1/ombudsman/cases/" + id + "/status",
                Map.of("status", "INVESTIGATING", "on", "2025-09-10", "note", "Investigation started"));
        assertThat(investigating.status()).as(investigating.toString()).isEqualTo(200);
        assertThat(investigating.text("/status")).isEqualTo("INVESTIGATING");

        // a complaint handling failure order while the Ombudsman investigates, due before the determination
        String chfo = fixtures.addOrder(id, "COMPLAINT_HANDLING_FAILURE_ORDER", "Send the Ombudsman the complaint file " + tag,
                LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 4));

        var determined = fixtures.determine(id, LocalDate.of(2025, 10, 20), "The landlord's handling of the damp repairs", "MALADMINISTRATION",
                "The landlord's complaint handling", "SERVICE_FAILURE");
        assertThat(determined.status()).as(determined.toString()).isEqualTo(200);
        assertThat(determined.text("/status")).isEqualTo("DETERMINED");
        assertThat(determined.text("/determination/determinedOn")).isEqualTo("2025-10-20");
        assertThat(determined.body().at("/determination/elements")).hasSize(2);
        assertThat(determined.text("/determination/elements/0/finding")).isEqualTo("MALADMINISTRATION");
        assertThat(determined.text("/determination/elements/1/description")).isEqualTo("The landlord's complaint handling");

        // an order made with the determination takes its date
        var withOrder = fixtures.order(id, "ORDER", "Pay the resident £400 " + tag, null, LocalDate.of(2025, 11, 17));
        assertThat(withOrder.status()).as(withOrder.toString()).isEqualTo(201);
        JsonNode payment = order(withOrder, "Pay the resident £400 " + tag);
        assertThat(payment.get("madeOn").asString()).isEqualTo("2025-10-20");
        assertThat(payment.get("status").asString()).isEqualTo("OPEN");
        assertThat(fixtures.order(id, "RECOMMENDATION", "Review the damp and mould policy " + tag, null, null).status()).isEqualTo(201);

        var complied = fixtures.comply(id, payment.get("id").asString(), LocalDate.of(2025, 10, 31), "Paid by BACS, ledger 5521");
        assertThat(complied.status()).as(complied.toString()).isEqualTo(200);
        JsonNode paid = order(complied, "Pay the resident £400 " + tag);
        assertThat(paid.get("status").asString()).isEqualTo("COMPLIED");
        assertThat(paid.at("/compliance/compliedOn").asString()).isEqualTo("2025-10-31");
        assertThat(paid.at("/compliance/evidence").asString()).isEqualTo("Paid by BACS, ledger 5521");
        assertThat(paid.at("/compliance/recordedBy").asString()).isEqualTo(OFFICER);
        assertThat(order(complied, "Review the damp and mould policy " + tag).get("status").asString()).as("a recommendation is never overdue")
                .isEqualTo("OPEN");
        JsonNode lateChfo = order(complied, "Send the Ombudsman the complaint file " + tag);
        assertThat(lateChfo.get("id").asString()).isEqualTo(chfo);
        assertThat(lateChfo.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(complied.body().get("overdueOrders").asInt()).isEqualTo(1);

        // a corrected compliance record is appended: the latest counts, the earlier stays
        var corrected = fixtures.comply(id, payment.get("id").asString(), LocalDate.of(2025, 11, 1), "Paid by BACS, ledger 5522 (corrected)");
        JsonNode correctedOrder = order(corrected, "Pay the resident £400 " + tag);
        assertThat(correctedOrder.at("/compliance/evidence").asString()).contains("5522");
        assertThat(correctedOrder.get("complianceHistory")).hasSize(1);
        assertThat(correctedOrder.at("/complianceHistory/0/evidence").asString()).contains("5521");

        var read = api.as(BOARD).get("/api/v1/ombudsman/cases/" + id);
        assertThat(read.status()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        read.body().get("history").forEach(change -> statuses.add(change.get("status").asString()));
        assertThat(statuses).containsExactly("REFERRED", "INVESTIGATING", "DETERMINED");
        assertThat(read.text("/history/1/recordedBy")).isEqualTo(MANAGER);
        assertThat(read.text("/history/1/note")).isEqualTo("Investigation started");

        var closed = api.as(OFFICER).post("/api/v1/ombudsman/cases/" + id + "/status", Map.of("status", "CLOSED", "on", "2025-11-03"));
        assertThat(closed.text("/status")).isEqualTo("CLOSED");
        assertThat(fixtures.order(id, "ORDER", "Another", null, LocalDate.of(2025, 12, 1)).status()).isEqualTo(409);
        assertThat(fixtures.comply(id, chfo, LocalDate.of(2025, 11, 3), "File sent late").status())
                .as("compliance can still be recorded on a closed case").isEqualTo(200);
    }

    @Test
    void the_register_lists_cases_with_overdue_orders_first_and_filters_by_status_and_reporting_year() {
        String tag = OmbudsmanFixtures.tag();
        String quiet = fixtures.referredCase("HOS-Q-" + tag, LocalDate.of(2025, 10, 1));
        String late = fixtures.referredCase("HOS-L-" + tag, LocalDate.of(2025, 4, 1));
        fixtures.addOrder(late, "COMPLAINT_HANDLING_FAILURE_ORDER", "Respond at stage 2 " + tag, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15));
        String lastYear = fixtures.referredCase("HOS-P-" + tag, LocalDate.of(2025, 3, 31));

        var all = api.as(BOARD).get("/api/v1/ombudsman/cases?year=2025");
        assertThat(all.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        all.body().forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).contains(quiet, late).doesNotContain(lastYear);
        assertThat(ids.indexOf(late)).as("a case with an overdue order comes first").isLessThan(ids.indexOf(quiet));

        List<String> previous = new ArrayList<>();
        api.as(INVESTIGATOR).get("/api/v1/ombudsman/cases?year=2024").body().forEach(c -> previous.add(c.get("id").asString()));
        assertThat(previous).contains(lastYear).doesNotContain(quiet, late);

        fixtures.determine(quiet, LocalDate.of(2025, 10, 30), "Repairs", "NO_MALADMINISTRATION");
        List<String> determined = new ArrayList<>();
        api.as(BOARD).get("/api/v1/ombudsman/cases?status=DETERMINED&year=2025").body().forEach(c -> determined.add(c.get("id").asString()));
        assertThat(determined).contains(quiet).doesNotContain(late);
        assertThat(api.as(BOARD).get("/api/v1/ombudsman/cases?status=SETTLED").status()).isEqualTo(400);
    }

    @Test
    void only_complaints_officers_managers_and_admins_write_and_every_member_of_staff_reads() {
        String tag = OmbudsmanFixtures.tag();
        String complaint = fixtures.complaint(LocalDate.of(2025, 8, 1), "Resident " + tag);
        Map<String, Object> body = Map.of("ombudsmanReference", "HOS-R-" + tag, "complaintReference", complaint, "referredOn", "2025-10-01");
        assertThat(api.as(BOARD).post("/api/v1/ombudsman/cases", body).status()).isEqualTo(403);
        assertThat(api.as(INVESTIGATOR).post("/api/v1/ombudsman/cases", body).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/ombudsman/cases").status()).isEqualTo(401);
        var created = api.as(Api.ADMIN).post("/api/v1/ombudsman/cases", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.as(BOARD).get("/api/v1/ombudsman/cases/" + created.text("/id")).status()).isEqualTo(200);
        assertThat(api.as(INVESTIGATOR).get("/api/v1/ombudsman/cases/" + created.text("/id")).status()).isEqualTo(200);
        assertThat(api.as(BOARD).get("/api/v1/ombudsman/cases/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void a_referral_must_name_a_real_complaint_a_past_date_after_it_was_received_and_a_new_ombudsman_reference() {
        String tag = OmbudsmanFixtures.tag();
        String complaint = fixtures.complaint(LocalDate.of(2025, 8, 1), "Resident " + tag);
        var session = api.as(OFFICER);

        var unknown = session.post("/api/v1/ombudsman/cases",
                Map.of("ombudsmanReference", "HOS-U-" + tag, "complaintReference", "CMP-1999-99999", "referredOn", "2025-10-01"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(field(unknown)).isEqualTo("complaintReference");
        assertThat(unknown.body().get("detail").asString()).contains("no complaint with the reference CMP-1999-99999");

        var missing = session.post("/api/v1/ombudsman/cases", Map.of("ombudsmanReference", "HOS-U-" + tag, "complaintReference", complaint));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(field(missing)).isEqualTo("referredOn");

        var future = session.post("/api/v1/ombudsman/cases",
                Map.of("ombudsmanReference", "HOS-U-" + tag, "complaintReference", complaint, "referredOn", "2025-11-04"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(field(future)).isEqualTo("referredOn");

        var beforeComplaint = session.post("/api/v1/ombudsman/cases",
                Map.of("ombudsmanReference", "HOS-U-" + tag, "complaintReference", complaint, "referredOn", "2025-07-31"));
        assertThat(beforeComplaint.status()).isEqualTo(422);
        assertThat(beforeComplaint.body().get("detail").asString()).contains("before the complaint was received");

        Map<String, Object> good = Map.of("ombudsmanReference", "HOS-U-" + tag, "complaintReference", complaint, "referredOn", "2025-10-01");
        assertThat(session.post("/api/v1/ombudsman/cases", good).status()).isEqualTo(201);
        assertThat(session.post("/api/v1/ombudsman/cases", good).status()).as("the Ombudsman's reference is on the register once")
                .isEqualTo(409);
    }

    @Test
    void orders_come_after_the_determination_and_neither_their_due_date_nor_compliance_can_be_before_it() {
        String tag = OmbudsmanFixtures.tag();
        String id = fixtures.referredCase("HOS-V-" + tag, LocalDate.of(2025, 9, 1));

        var tooSoon = fixtures.order(id, "ORDER", "Apologise " + tag, null, LocalDate.of(2025, 12, 1));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(field(tooSoon)).isEqualTo("kind");
        assertThat(tooSoon.body().get("detail").asString()).contains("record the determination first");

        assertThat(fixtures.determine(id, LocalDate.of(2025, 8, 31), "Repairs", "MALADMINISTRATION").status())
                .as("determined before the referral").isEqualTo(422);
        var badFinding = fixtures.determine(id, LocalDate.of(2025, 10, 15), "Repairs", "GUILTY");
        assertThat(badFinding.status()).isEqualTo(400);
        var noElements = api.as(OFFICER).post("/api/v1/ombudsman/cases/" + id + "/determination",
                Map.of("determinedOn", "2025-10-15", "elements", List.of()));
        assertThat(noElements.status()).isEqualTo(400);
        assertThat(field(noElements)).isEqualTo("elements");
        var blankElement = fixtures.determine(id, LocalDate.of(2025, 10, 15), " ", "MALADMINISTRATION");
        assertThat(blankElement.status()).isEqualTo(400);
        assertThat(field(blankElement)).isEqualTo("elements[0].description");
        assertThat(fixtures.determine(id, LocalDate.of(2025, 10, 15), "Repairs", "MALADMINISTRATION").status()).isEqualTo(200);

        var dueBefore = fixtures.order(id, "ORDER", "Apologise " + tag, null, LocalDate.of(2025, 10, 14));
        assertThat(dueBefore.status()).isEqualTo(422);
        assertThat(field(dueBefore)).isEqualTo("dueOn");
        assertThat(dueBefore.body().get("detail").asString()).isEqualTo("The due date cannot be before the determination (2025-10-15)");
        var noDue = fixtures.order(id, "ORDER", "Apologise " + tag, null, null);
        assertThat(noDue.status()).isEqualTo(422);
        assertThat(field(noDue)).isEqualTo("dueOn");
        var noDescription = fixtures.order(id, "ORDER", "", null, LocalDate.of(2025, 11, 14));
        assertThat(noDescription.status()).isEqualTo(400);
        assertThat(field(noDescription)).isEqualTo("description");
        var chfoWithoutDate = fixtures.order(id, "COMPLAINT_HANDLING_FAILURE_ORDER", "Respond " + tag, null, LocalDate.of(2025, 11, 14));
        assertThat(chfoWithoutDate.status()).isEqualTo(422);
        assertThat(field(chfoWithoutDate)).isEqualTo("madeOn");

        String orderId = fixtures.addOrder(id, "ORDER", "Apologise " + tag, null, LocalDate.of(2025, 11, 14));
        var compliedBefore = fixtures.comply(id, orderId, LocalDate.of(2025, 10, 14), "Letter sent");
        assertThat(compliedBefore.status()).isEqualTo(422);
        assertThat(field(compliedBefore)).isEqualTo("compliedOn");
        assertThat(compliedBefore.body().get("detail").asString()).isEqualTo("The compliance date cannot be before the determination (2025-10-15)");
        var compliedInFuture = fixtures.comply(id, orderId, LocalDate.of(2025, 11, 4), "Letter sent");
        assertThat(compliedInFuture.status()).isEqualTo(422);
        assertThat(field(compliedInFuture)).isEqualTo("compliedOn");
        var noEvidence = fixtures.comply(id, orderId, LocalDate.of(2025, 10, 20), " ");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(field(noEvidence)).isEqualTo("evidence");
        assertThat(fixtures.comply(id, java.util.UUID.randomUUID().toString(), LocalDate.of(2025, 10, 20), "x").status()).isEqualTo(404);
        assertThat(fixtures.comply(id, orderId, LocalDate.of(2025, 10, 20), "Apology letter sent, copy on file").status()).isEqualTo(200);

        var back = api.as(OFFICER).post("/api/v1/ombudsman/cases/" + id + "/status", Map.of("status", "REFERRED", "on", "2025-10-20"));
        assertThat(back.status()).isEqualTo(422);
        assertThat(field(back)).isEqualTo("status");
    }
}

package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintService;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** 5.14: contact restrictions are approved, proportionate, reviewed or lapse — and never stop a complaint. */
@WithDatabase
class ContactRestrictionsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResidentRecords residents;

    @Autowired
    ContactRestrictions restrictions;

    @Autowired
    ComplaintService complaints;

    @Autowired
    SettableClock clock;

    @Autowired
    ConfigurableApplicationContext context;

    Api api;
    final List<Object> events = new CopyOnWriteArrayList<>();
    ApplicationListener<PayloadApplicationEvent<Object>> listener;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("res.officer", "COMPLAINTS_OFFICER").staff("res.manager", "MANAGER").staff("res.manager2", "MANAGER");
        listener = event -> {
            if (event.getPayload() instanceof ContactRestrictionImposed || event.getPayload() instanceof ContactRestrictionLifted) {
                events.add(event.getPayload());
            }
        };
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        context.removeApplicationListener(listener);
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    Api.Response impose(String as, UUID residentId, Map<String, Object> body) {
        return api.as(as).post("/api/v1/residents/" + residentId + "/restrictions", body);
    }

    @Test
    void provision_5_14_a_restriction_is_approved_by_a_manager_who_did_not_propose_it() {
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Approval Resident", today().minusDays(5));
        LocalDate review = today().plusMonths(3);

        Api.Response self = impose("res.manager", linked.residentId(), CareFixtures.restriction("res.manager", today(), review, "WRITTEN_CONTACT_ONLY"));
        assertThat(self.status()).as(self.toString()).isEqualTo(422);
        assertThat(self.text("/provision")).isEqualTo("5.14");
        assertThat(self.text("/rule")).isEqualTo("RestrictionApprovedByAnotherManager");
        Api.Response byOfficer = impose("res.manager", linked.residentId(),
                CareFixtures.restriction("res.officer", today(), review, "WRITTEN_CONTACT_ONLY"));
        assertThat(byOfficer.status()).isEqualTo(422);
        assertThat(byOfficer.text("/rule")).isEqualTo("RestrictionApprovedByAnotherManager");
        assertThat(restrictions.forResident(linked.residentId())).isEmpty();
        assertThat(events).isEmpty();

        Api.Response approved = impose("res.officer", linked.residentId(),
                CareFixtures.restriction("res.manager", today(), review, "SINGLE_POINT_OF_CONTACT", "WRITTEN_CONTACT_ONLY"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        assertThat(approved.text("/status")).isEqualTo("ACTIVE");
        assertThat(approved.text("/restriction/proposedBy")).isEqualTo("res.officer");
        assertThat(approved.text("/restriction/approvedBy")).isEqualTo("res.manager");
        UUID id = UUID.fromString(approved.text("/restriction/id"));
        assertThat(events).singleElement().isInstanceOfSatisfying(ContactRestrictionImposed.class, e -> {
            assertThat(e.restrictionId()).isEqualTo(id);
            assertThat(e.residentId()).isEqualTo(linked.residentId());
            assertThat(e.kinds()).containsExactly(RestrictionKind.SINGLE_POINT_OF_CONTACT, RestrictionKind.WRITTEN_CONTACT_ONLY);
            assertThat(e.reviewOn()).isEqualTo(review);
            assertThat(e.detail()).contains("Sam Lee");
        });
    }

    @Test
    void provision_5_14_a_review_date_is_required_and_within_the_policy_limit() {
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Review Date Resident", today().minusDays(5));

        Api.Response none = impose("res.officer", linked.residentId(), CareFixtures.restriction("res.manager", today(), null, "WRITTEN_CONTACT_ONLY"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.text("/errors/0/field")).isEqualTo("reviewOn");
        Api.Response tooLate = impose("res.officer", linked.residentId(),
                CareFixtures.restriction("res.manager", today(), today().plusMonths(6).plusDays(1), "WRITTEN_CONTACT_ONLY"));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.text("/provision")).isEqualTo("5.14");
        assertThat(tooLate.text("/rule")).isEqualTo("RestrictionReviewWithinLimit");
        Map<String, Object> noEquality = CareFixtures.restriction("res.manager", today(), today().plusMonths(2), "WRITTEN_CONTACT_ONLY");
        noEquality.put("equalityConsiderations", " ");
        assertThat(impose("res.officer", linked.residentId(), noEquality).text("/errors/0/field")).isEqualTo("equalityConsiderations");
        Map<String, Object> noContact = CareFixtures.restriction("res.manager", today(), today().plusMonths(2), "SINGLE_POINT_OF_CONTACT");
        noContact.remove("detail");
        assertThat(impose("res.officer", linked.residentId(), noContact).text("/errors/0/field")).isEqualTo("detail");
        assertThat(restrictions.forResident(linked.residentId())).isEmpty();
    }

    @Test
    void provision_5_14_a_restriction_not_reviewed_by_its_review_date_lapses() {
        LocalDate start = today();
        LocalDate review = start.plusDays(14);
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Lapsing Resident", start.minusDays(5));
        Api.Response approved = impose("res.officer", linked.residentId(),
                CareFixtures.restriction("res.manager2", start, review, "LIMITED_CALL_TIMES"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        UUID id = UUID.fromString(approved.text("/restriction/id"));

        assertThat(restrictions.activeFor(linked.residentId(), review)).extracting(ContactRestrictions.Restriction::id).containsExactly(id);
        assertThat(restrictions.activeFor(linked.residentId(), review.plusDays(1))).isEmpty();
        assertThat(api.as("res.officer").get("/api/v1/residents/" + linked.residentId() + "/restrictions?on=" + review.plusDays(1))
                .text("/0/status")).isEqualTo("LAPSED");

        // the day after the review date: too late to continue it, but it can be lifted to close the record
        clock.set(review.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
        Api.Response late = api.as("res.officer").post("/api/v1/restrictions/" + id + "/reviews", Map.of("reviewedOn",
                review.plusDays(1).toString(), "outcome", "CONTINUE", "notes", "Still calling", "nextReviewOn", review.plusMonths(2).toString()));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        Api.Response lifted = api.as("res.officer").post("/api/v1/restrictions/" + id + "/reviews", Map.of("reviewedOn",
                review.plusDays(1).toString(), "outcome", "LIFT", "notes", "Lapsed without review; calls are now reasonable."));
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(201);
        assertThat(lifted.text("/status")).isEqualTo("LIFTED");
        assertThat(events).hasAtLeastOneElementOfType(ContactRestrictionLifted.class);
    }

    @Test
    void a_review_in_time_continues_or_varies_the_restriction_and_is_kept() {
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Reviewed Resident", today().minusDays(5));
        Api.Response approved = impose("res.officer", linked.residentId(),
                CareFixtures.restriction("res.manager", today(), today().plusMonths(1), "WRITTEN_CONTACT_ONLY"));
        String id = approved.text("/restriction/id");
        Map<String, Object> vary = new LinkedHashMap<>();
        vary.put("reviewedOn", today().toString());
        vary.put("outcome", "VARY");
        vary.put("notes", "Calls are calmer; allow calls at set times.");
        vary.put("kinds", List.of("LIMITED_CALL_TIMES"));
        vary.put("detail", "Tuesdays and Thursdays, 10am to noon.");
        vary.put("nextReviewOn", today().plusMonths(3).toString());
        Api.Response varied = api.as("res.manager").post("/api/v1/restrictions/" + id + "/reviews", vary);
        assertThat(varied.status()).as(varied.toString()).isEqualTo(201);
        assertThat(varied.text("/restriction/kinds/0")).isEqualTo("LIMITED_CALL_TIMES");
        assertThat(varied.text("/restriction/reviewOn")).isEqualTo(today().plusMonths(3).toString());
        assertThat(varied.body().at("/restriction/reviews")).hasSize(1);
        assertThat(events).filteredOn(e -> e instanceof ContactRestrictionImposed i && i.varied()).hasSize(1);
        vary.put("kinds", List.of("NO_ESCALATION"));
        Api.Response blocking = api.as("res.manager").post("/api/v1/restrictions/" + id + "/reviews", vary);
        assertThat(blocking.status()).isEqualTo(422);
        assertThat(blocking.text("/provision")).isEqualTo("5.14");
    }

    @Test
    void provision_5_14_restriction_never_blocks_logging_a_complaint() throws Exception {
        LocalDate today = today();
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Restricted Resident", today.minusDays(30));
        UUID resident = linked.residentId();

        // no kind of restriction may stop complaints or escalation: refused, with the provision
        for (String blocking : List.of("NO_NEW_COMPLAINTS", "NO_ESCALATION")) {
            Api.Response refused = impose("res.officer", resident, CareFixtures.restriction("res.manager", today, today.plusMonths(3), blocking));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.text("/provision")).isEqualTo("5.14");
            assertThat(refused.text("/rule")).isEqualTo("RestrictionNeverBlocksComplaints");
        }
        // the strictest restriction we allow is in force
        Api.Response imposed = impose("res.officer", resident, CareFixtures.restriction("res.manager", today, today.plusMonths(3),
                "SINGLE_POINT_OF_CONTACT", "WRITTEN_CONTACT_ONLY", "NO_VISITS_WITHOUT_APPOINTMENT"));
        assertThat(imposed.status()).as(imposed.toString()).isEqualTo(201);
        assertThat(restrictions.activeFor(resident, today)).hasSize(1);

        // staff log a new complaint from the resident
        UUID byStaff = Intake.complaintFrom("Restricted Resident").tenancy(linked.tenancy()).receivedAt(today.minusDays(20) + "T10:15:00Z")
                .loggedBy(api.as("res.officer"));
        assertThat(residents.forComplaint(byStaff).orElseThrow().id()).isEqualTo(resident);

        // the resident makes one through the public front door
        String reference = throughTheFrontDoor(linked.tenancy());
        UUID online = complaints.findByReference(reference).orElseThrow().id();
        assertThat(residents.forComplaint(online).orElseThrow().id()).isEqualTo(resident);

        // and, once the first is answered at stage 1, asks for it to be escalated
        respond(byStaff, today.minusDays(20), today.minusDays(2));
        Api.Response escalated = api.as("res.officer").post("/api/v1/complaints/" + byStaff + "/escalation",
                Map.of("requestedOn", today.toString(), "reason", "Still no repair."));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(complaints.get(byStaff).stage()).isEqualTo(2);
        assertThat(restrictions.activeFor(resident, today)).as("the restriction is untouched").hasSize(1);
    }

    private String throughTheFrontDoor(String tenancy) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String ip = "10.214." + (int) (Math.random() * 250 + 1) + "." + (int) (Math.random() * 250 + 1);
        String[][] steps = { { "/make-a-complaint", "who", "resident" },
                { "/make-a-complaint/resident", "residentName", "Restricted Resident", "tenancyReference", tenancy, "postcode", "LS1 4AP" },
                { "/make-a-complaint/what-happened", "description", "Nobody has answered about the damp in the bathroom." },
                { "/make-a-complaint/when", "day", "", "month", "", "year", "", "notSure", "yes" },
                { "/make-a-complaint/put-it-right", "outcomeSought", "Treat the damp" },
                { "/make-a-complaint/contact", "contactMethod", "email", "email", CareFixtures.unique("restricted") + "@example.org" },
                { "/make-a-complaint/support", "supportNeeds", "" }, { "/make-a-complaint/check-answers" } };
        for (String[] step : steps) {
            MockHttpServletRequestBuilder request = post(step[0]).with(csrf()).session(session).with(r -> {
                r.setRemoteAddr(ip);
                return r;
            });
            for (int i = 1; i < step.length; i += 2) {
                request.param(step[i], step[i + 1]);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(step[0] + " " + response.getContentAsString()).isEqualTo(302);
        }
        MockHttpServletResponse sent = mvc.perform(get("/make-a-complaint/complaint-sent").session(session).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        })).andReturn().getResponse();
        String text = sent.getContentAsString(StandardCharsets.UTF_8);
        int at = text.indexOf("id=\"reference\">");
        assertThat(at).as(text).isPositive();
        return text.substring(at + "id=\"reference\">".length(), text.indexOf('<', at + 15));
    }

    private void respond(UUID id, LocalDate receivedOn, LocalDate respondedOn) {
        var session = api.as("res.officer");
        Map<String, Object> definition = Map.of("summary", "The resident's boiler has been broken for three weeks without a repair visit.",
                "points", List.of("Repair not booked"), "outcomesSought", List.of("Boiler repaired"));
        Api.Response acknowledged = session.post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", receivedOn.plusDays(1).toString(), "handler", "res.officer", "definition", definition));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("respondedOn", respondedOn.toString());
        response.put("decision", "UPHELD");
        response.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
        response.put("points", List.of(Map.of("point", "Repair not booked", "decision", "UPHELD", "reasons", "Our records show no booking.")));
        response.put("noRemedyReason", "Nothing was lost.");
        response.put("noOutstandingActions", true);
        Api.Response responded = session.post("/api/v1/complaints/" + id + "/response", response);
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
    }

    @Test
    void the_case_page_shows_restrictions_with_the_note_that_they_never_stop_a_complaint() throws Exception {
        var linked = CareFixtures.resident(api.as("res.officer"), residents, "Case Page Resident", today().minusDays(5));
        impose("res.officer", linked.residentId(), CareFixtures.restriction("res.manager", today(), today().plusMonths(2), "WRITTEN_CONTACT_ONLY"));

        String page = mvc.perform(get("/cases/" + linked.complaintId()).with(user("res.viewer").roles("GOVERNANCE_VIEWER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Contact restrictions").contains("Written contact only").contains("Active")
                .contains("never stops a complaint being logged or escalated").contains("/residents/" + linked.residentId() + "/restrictions");
    }
}

package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention policy (UK GDPR storage limitation): six years after a complaint is finished its personal data goes,
 * from the complaint's record and from the letters, correspondence and remedies that copied it, while every date,
 * stage, decision and the statistics stay. The tests drive the clock; their complaints are from 2019 (the 2022 Code),
 * the only cases in the shared database that old, and each test uses its own months.
 */
@WithDatabase
class RetentionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final TaskInstanceId TASK = TaskInstanceId.of(RetentionSchedule.TASK_NAME, RecurringTask.INSTANCE);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    Api api;

    /** The retention run's booked time before a test moves it, put back afterwards so no run happens mid-way through another test. */
    Instant bookedRun;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("retention.officer", "COMPLAINTS_OFFICER").staff("retention.manager", "MANAGER")
                .staff("retention.viewer", "GOVERNANCE_VIEWER");
        bookedRun = scheduler.getScheduledExecution(TASK).orElseThrow().getExecutionTime();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        try {
            scheduler.reschedule(TASK, bookedRun);
        }
        catch (RuntimeException e) {
            // a run is under way right now (another context's scheduler): it books the next one itself
        }
    }

    private void setToday(LocalDate date) {
        clock.set(date.atTime(9, 0).atZone(LONDON).toInstant());
    }

    private Api.Session officer() {
        return api.as("retention.officer");
    }

    private static String tag() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void check(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    /** A complaint received on {@code on} at 10:00, every personal field carrying the tag; returns its id. */
    private String receive(String tag, LocalDate on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", on + "T10:00:00Z");
        body.put("channel", "EMAIL");
        body.put("resident", Map.of("name", "Ada " + tag, "tenancyReference", "T-" + tag.substring(2, 10), "email", tag + "@example.org",
                "phone", "07700 900" + tag.substring(2, 5), "postcode", "SW1A 1AA"));
        body.put("representative", Map.of("name", "Charles " + tag, "relationship", "FAMILY", "email", "rep." + tag + "@example.org",
                "consentGiven", true));
        body.put("description", "My boiler has been broken for weeks, " + tag + ", and my son's asthma is worse.");
        body.put("outcomeSought", "A new boiler for " + tag);
        body.put("contactPreference", "Email please, " + tag);
        body.put("supportNeeds", "Large print for " + tag);
        body.put("riskFlags", List.of("NO_HEATING_OR_HOT_WATER", "HEALTH_MADE_WORSE"));
        body.put("riskNotes", "Son with asthma, " + tag);
        var created = officer().post("/api/v1/complaints", body);
        check(created, 201);
        return created.text("/id");
    }

    private void acknowledge(String id, String tag, LocalDate on) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", "Boiler broken at " + tag + "'s home without a repair visit.");
        definition.put("points", List.of("Repair not booked for " + tag, "No updates given to " + tag));
        definition.put("outcomesSought", List.of("Boiler repaired for " + tag));
        check(officer().post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", on.toString(), "handler", "retention.officer", "definition", definition)), 200);
    }

    private Api.Response respond(String id, String tag, LocalDate on, boolean withRemedies) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("respondedOn", on.toString());
        response.put("decision", "UPHELD");
        response.put("reasons", "We did not book the repair for " + tag + " under our repairs policy.");
        response.put("points", List.of(Map.of("point", "Repair not booked for " + tag, "decision", "UPHELD", "reasons", "No booking for " + tag),
                Map.of("point", "No updates given to " + tag, "decision", "PARTLY_UPHELD", "reasons", "One call to " + tag)));
        if (withRemedies) {
            response.put("remedies", List.of(Map.of("type", "APOLOGY", "description", "We apologise to " + tag),
                    Map.of("type", "FINANCIAL", "description", "£150 to " + tag, "dueOn", on.plusDays(10).toString(),
                            "financial", Map.of("quantifiableLoss", 50, "distressAndInconvenience", 100))));
            response.put("outstandingActions", List.of(Map.of("description", "Replace " + tag + "'s boiler", "dueOn",
                    on.plusDays(14).toString(), "owner", "Repairs Manager")));
        }
        else {
            response.put("noRemedyReason", "Nothing was lost by " + tag);
            response.put("noOutstandingActions", true);
        }
        return officer().post("/api/v1/complaints/" + id + "/response", response);
    }

    /** Letters go out after the step commits; wait until each has a delivery record, so none is sent after the run. */
    private void waitForLetters(String id) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp) && jdbc.sql("""
                select count(*) from letter l where l.complaint_id = ?
                and not exists (select 1 from letter_delivery d where d.letter_id = l.id)""").param(UUID.fromString(id))
                .query(Integer.class).single() > 0) {
            Thread.sleep(100);
        }
    }

    /** Every stored text that could hold this complaint's personal data, in every module's tables. */
    private List<String> storedTexts(String id) {
        UUID complaint = UUID.fromString(id);
        List<String> texts = new ArrayList<>();
        texts.addAll(jdbc.sql("select payload from complaint_event where complaint_id = ?").param(complaint).query(String.class).list());
        jdbc.sql("select resident_name, tenancy_reference, search_text from complaint where id = ?").param(complaint)
                .query(rs -> { texts.add(rs.getString(1)); texts.add(rs.getString(2)); texts.add(rs.getString(3)); });
        texts.addAll(jdbc.sql("select description from outstanding_action where complaint_id = ?").param(complaint).query(String.class).list());
        jdbc.sql("select recipient_name, recipient_email, recipient_phone, recipient_postal, subject, html, text_body from letter where complaint_id = ?")
                .param(complaint).query(rs -> {
                    for (int i = 1; i <= 7; i++) {
                        texts.add(rs.getString(i));
                    }
                });
        texts.addAll(jdbc.sql("select d.detail from letter_delivery d join letter l on l.id = d.letter_id where l.complaint_id = ?")
                .param(complaint).query(String.class).list());
        jdbc.sql("select from_party, to_party, subject, body_text from correspondence where complaint_id = ?").param(complaint)
                .query(rs -> {
                    for (int i = 1; i <= 4; i++) {
                        texts.add(rs.getString(i));
                    }
                });
        texts.addAll(jdbc.sql("select description from remedy_action where complaint_id = ?").param(complaint).query(String.class).list());
        jdbc.sql("select reason, payment_reference from remedy_event where complaint_id = ?").param(complaint)
                .query(rs -> { texts.add(rs.getString(1)); texts.add(rs.getString(2)); });
        return texts.stream().filter(t -> t != null).toList();
    }

    private LocalDate anonymisedOn(String id) {
        return jdbc.sql("select anonymised_on from complaint where id = ?").param(UUID.fromString(id))
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().getFirst();
    }

    private Instant nextRun() {
        return scheduler.getScheduledExecution(TASK).orElseThrow().getExecutionTime();
    }

    @Test
    void retention_anonymises_a_closed_complaint_while_statistics_still_count_it() throws Exception {
        String tag = tag();
        setToday(LocalDate.of(2019, 3, 29));
        String id = receive(tag, LocalDate.of(2019, 2, 4));
        acknowledge(id, tag, LocalDate.of(2019, 2, 6)); // respond by 20 February (2022 Code 5.1: 10 working days)
        check(officer().post("/api/v1/complaints/" + id + "/extensions", Map.of("workingDays", 5, "reason", "Waiting for " + tag + "'s surveyor",
                "residentInformedOn", "2019-02-18")), 200);
        // after the original date, inside the agreed extension (27 February): within the timescale
        check(respond(id, tag, LocalDate.of(2019, 2, 25), true), 200);
        check(officer().post("/api/v1/complaints/" + id + "/remedies/1/1/acceptance", Map.of("acceptedOn", "2019-02-26", "accepted", true)), 200);
        check(officer().post("/api/v1/complaints/" + id + "/remedies/1/1/payment", Map.of("paidOn", "2019-03-01", "amount", 150,
                "reference", "BACS-" + tag, "reason", "Paid into " + tag + "'s account")), 200);
        check(officer().post("/api/v1/complaints/" + id + "/correspondence", Map.of("direction", "IN", "party", "RESIDENT", "channel", "EMAIL",
                "from", tag + "@example.org", "to", "complaints@landlord.example", "subject", "Still cold, " + tag, "body",
                "It is freezing in here. " + tag, "occurredAt", "2019-02-10T12:00:00Z")), 201);
        check(officer().post("/api/v1/complaints/" + id + "/notes", Map.of("text", "Rang " + tag + " about the heater")), 200);
        check(officer().post("/api/v1/complaints/" + id + "/closure", Map.of("closedOn", "2019-03-04", "reason", tag + " is happy")), 200);
        waitForLetters(id);

        var before = officer().get("/api/v1/complaints/" + id);
        String period = "/api/v1/complaints/statistics?from=2019-02-01&to=2019-03-31";
        var statsBefore = api.as("retention.viewer").get(period);
        check(statsBefore, 200);
        assertThat(statsBefore.body().at("/stages/0/received").asInt()).isEqualTo(1);
        assertThat(statsBefore.body().at("/stages/0/acknowledgedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(statsBefore.body().at("/stages/0/responsesIssued").asInt()).isEqualTo(1);
        assertThat(statsBefore.body().at("/stages/0/respondedWithinTimescale").asInt()).isEqualTo(1);
        assertThat(statsBefore.body().at("/stages/0/decisions/UPHELD").asInt()).isEqualTo(1);
        // the personal data is there to remove: the record, letters, correspondence, remedies
        assertThat(storedTexts(id)).anyMatch(t -> t.contains("Ada " + tag)).anyMatch(t -> t.contains("It is freezing in here. " + tag))
                .anyMatch(t -> t.equals("Paid into " + tag + "'s account")).anyMatch(t -> t.equals("Replace " + tag + "'s boiler"))
                .anyMatch(t -> t.equals(tag + "@example.org"));
        long letters = jdbc.sql("select count(*) from letter where complaint_id = ?").param(UUID.fromString(id)).query(Long.class).single();
        assertThat(letters).isGreaterThanOrEqualTo(3); // acknowledgement, extension, response

        // six years and a day after it was closed, the daily run comes round (through the real scheduler)
        setToday(LocalDate.of(2025, 3, 5));
        assertThat(scheduler.reschedule(TASK, clock.instant())).isTrue();
        scheduler.triggerCheckForDueExecutions();
        Instant giveUp = Instant.now().plusSeconds(30);
        while (anonymisedOn(id) == null && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(anonymisedOn(id)).isEqualTo(LocalDate.of(2025, 3, 5));
        // the run books itself for the next day at half past two
        Instant tomorrow = LocalDate.of(2025, 3, 6).atTime(LocalTime.of(2, 30)).atZone(LONDON).toInstant();
        while (!nextRun().equals(tomorrow) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(nextRun()).isEqualTo(tomorrow);

        // gone: from every stored copy, in every module
        // (every name, address, email, phone, reference and free text above carries the tag; the postcode's inward code does not)
        assertThat(storedTexts(id)).isNotEmpty().noneMatch(t -> t.contains(tag)).noneMatch(t -> t.contains("1AA"));
        assertThat(jdbc.sql("select count(*) from letter where complaint_id = ?").param(UUID.fromString(id)).query(Long.class).single())
                .isEqualTo(letters);
        var after = officer().get("/api/v1/complaints/" + id);
        check(after, 200);
        assertThat(after.body().get("resident").toString()).doesNotContain(tag);
        assertThat(after.text("/resident/name")).isEqualTo("Anonymised resident");
        assertThat(after.text("/resident/email")).isNull();
        assertThat(after.text("/resident/phone")).isNull();
        assertThat(after.text("/resident/tenancyReference")).isNull();
        assertThat(after.text("/resident/postcode")).isEqualTo("SW1A");
        assertThat(after.text("/representative/name")).isEqualTo("Anonymised representative");
        assertThat(after.text("/representative/relationship")).isEqualTo("FAMILY");
        assertThat(after.text("/representative/email")).isNull();
        assertThat(after.text("/description")).isEqualTo("[removed under the retention policy]");
        assertThat(after.text("/residentStatement/supportNeeds")).isEqualTo("[removed under the retention policy]");
        assertThat(after.body().toString()).doesNotContain(tag);
        assertThat(after.text("/anonymisedOn")).isEqualTo("2025-03-05");
        assertThat(after.body().get("allowedActions")).isEmpty();

        // kept: dates, stages, statuses, decisions, timeliness, amounts, flags and how many points and actions there were
        for (String fact : List.of("/reference", "/status", "/stage", "/scheme", "/channel", "/receivedAt", "/receivedOn", "/closedOn",
                "/deadlines", "/timeliness", "/stages/0/acknowledgedOn", "/stages/0/deadlines", "/stages/0/extensions/0/workingDays",
                "/stages/0/extensions/0/newRespondBy", "/stages/0/response/respondedOn", "/stages/0/response/decision",
                "/stages/0/response/points/1/decision", "/stages/0/response/remedies/1/type", "/stages/0/response/remedies/1/financial",
                "/stages/0/response/outstandingActions/0/dueOn", "/stages/0/response/outstandingActions/0/owner", "/riskFlags")) {
            assertThat(after.body().at(fact)).as(fact).isEqualTo(before.body().at(fact));
        }
        assertThat(after.body().at("/timeliness/stage1Response").asString()).isEqualTo("MET");
        assertThat(after.body().at("/stages/0/definition/points")).hasSize(2);

        // the statistics are the same figures
        var statsAfter = api.as("retention.viewer").get(period);
        assertThat(statsAfter.body()).isEqualTo(statsBefore.body());

        // the record says what happened, by whom, under what policy
        JsonNode history = after.body().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("PersonalDataAnonymised");
        assertThat(last.get("actor").asString()).isEqualTo("retention");
        assertThat(last.at("/details/closedOn").asString()).isEqualTo("2019-03-04");
        assertThat(last.at("/details/anonymisedOn").asString()).isEqualTo("2025-03-05");
        assertThat(last.at("/details/policy").asString()).contains("6 years");
        assertThat(history.size()).isEqualTo(before.body().get("history").size() + 1);

        // no longer found by name or tenancy, still by reference; its record takes nothing more
        assertThat(officer().get("/api/v1/complaints?q=" + tag).body().get("totalItems").asInt()).isZero();
        assertThat(officer().get("/api/v1/complaints?q=" + after.text("/reference")).body().get("totalItems").asInt()).isEqualTo(1);
        check(officer().post("/api/v1/complaints/" + id + "/notes", Map.of("text", "Anything")), 409);
        String page = mvc.perform(MockMvcRequestBuilders.get("/cases/" + id)
                .with(SecurityMockMvcRequestPostProcessors.user("retention.officer").roles("COMPLAINTS_OFFICER"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Anonymised on 5 March 2025").doesNotContain(tag);
    }

    @Test
    void nothing_is_anonymised_before_the_policy_period_and_nothing_twice() throws InterruptedException {
        String tag = tag();
        setToday(LocalDate.of(2019, 7, 31));
        // answered on 12 June 2019 and never closed: finished when answered
        String answered = receive(tag, LocalDate.of(2019, 6, 3));
        acknowledge(answered, tag, LocalDate.of(2019, 6, 5));
        check(respond(answered, tag, LocalDate.of(2019, 6, 12), false), 200);
        // refused on 14 June 2019
        String refused = receive(tag, LocalDate.of(2019, 6, 10));
        check(officer().post("/api/v1/complaints/" + refused + "/refusal",
                ComplaintRequests.refusal("LEGAL_PROCEEDINGS", "A disrepair claim was issued by " + tag, LocalDate.of(2019, 6, 14))), 200);

        waitForLetters(answered);
        waitForLetters(refused);
        check(officer().post("/api/v1/retention/run", null), 403);
        var manager = api.as("retention.manager");

        setToday(LocalDate.of(2025, 6, 12)); // six years to the day: not yet
        var early = manager.post("/api/v1/retention/run", null);
        check(early, 200);
        assertThat(early.text("/finishedBefore")).isEqualTo("2019-06-12");
        assertThat(ids(early)).doesNotContain(answered, refused);
        assertThat(anonymisedOn(answered)).isNull();
        assertThat(storedTexts(answered)).anyMatch(t -> t.contains(tag));

        setToday(LocalDate.of(2025, 6, 13));
        var first = manager.post("/api/v1/retention/run", null);
        check(first, 200);
        assertThat(ids(first)).contains(answered).doesNotContain(refused);
        assertThat(anonymisedOn(answered)).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(anonymisedOn(refused)).isNull();
        assertThat(storedTexts(answered)).noneMatch(t -> t.contains(tag));
        assertThat(storedTexts(refused)).anyMatch(t -> t.contains(tag));

        setToday(LocalDate.of(2025, 6, 16));
        var second = manager.post("/api/v1/retention/run", null);
        check(second, 200);
        assertThat(ids(second)).contains(refused).doesNotContain(answered);
        assertThat(anonymisedOn(answered)).isEqualTo(LocalDate.of(2025, 6, 13));
        var view = officer().get("/api/v1/complaints/" + answered);
        List<String> types = new ArrayList<>();
        view.body().get("history").forEach(h -> types.add(h.get("type").asString()));
        assertThat(types.stream().filter("PersonalDataAnonymised"::equals)).hasSize(1);
        assertThat(officer().get("/api/v1/complaints/" + refused).text("/stages/0/refusal/ground")).isEqualTo("LEGAL_PROCEEDINGS");
    }

    @Test
    void a_legal_hold_stops_retention_until_it_is_lifted() throws InterruptedException {
        String tag = tag();
        setToday(LocalDate.of(2019, 9, 30));
        String id = receive(tag, LocalDate.of(2019, 9, 2));
        check(officer().post("/api/v1/complaints/" + id + "/refusal",
                ComplaintRequests.refusal("LEGAL_PROCEEDINGS", "A claim was issued by " + tag, LocalDate.of(2019, 9, 10))), 200);
        var held = officer().request(MockMvcRequestBuilders.put("/api/v1/complaints/" + id + "/legal-hold"),
                Map.of("reason", "Ombudsman inquiry into repairs"));
        check(held, 200);
        waitForLetters(id);

        setToday(LocalDate.of(2026, 1, 5));
        var manager = api.as("retention.manager");
        var run = manager.post("/api/v1/retention/run", null);
        check(run, 200);
        assertThat(ids(run)).doesNotContain(id);
        assertThat(anonymisedOn(id)).isNull();
        assertThat(storedTexts(id)).anyMatch(t -> t.contains(tag));
        String page = officer().get("/api/v1/complaints/" + id).text("/legalHold/reason");
        assertThat(page).isEqualTo("Ombudsman inquiry into repairs");

        check(officer().request(MockMvcRequestBuilders.delete("/api/v1/complaints/" + id + "/legal-hold"),
                Map.of("reason", "Inquiry closed")), 200);
        var after = manager.post("/api/v1/retention/run", null);
        assertThat(ids(after)).contains(id);
        assertThat(anonymisedOn(id)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(storedTexts(id)).noneMatch(t -> t.contains(tag));
        // what the hold was for is free text too
        assertThat(storedTexts(id)).noneMatch(t -> t.contains("Ombudsman inquiry"));
    }

    @Test
    void delivered_event_publications_older_than_the_period_are_deleted_by_the_run() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (var row : Map.of(old, now.minusYears(7), recent, now.minusDays(3)).entrySet()) {
            jdbc.sql("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status,
                        completion_attempts)
                    values (?, 'retention.test', 'org.putright.remedies.OutstandingActionOverdue', '{"description":"Ring Ada"}', ?, ?,
                        'COMPLETED', 1)""")
                    .params(row.getKey(), row.getValue(), row.getValue()).update();
        }
        check(api.as("retention.manager").post("/api/v1/retention/run", null), 200);
        assertThat(jdbc.sql("select id from event_publication where id in (?, ?)").params(old, recent).query(UUID.class).list())
                .containsExactly(recent);
        jdbc.sql("delete from event_publication where id = ?").param(recent).update();
    }

    @Test
    void the_retention_run_is_a_daily_recurring_task_at_half_past_two_london_time() {
        assertThat(nextRun().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
    }

    private static List<String> ids(Api.Response run) {
        List<String> ids = new ArrayList<>();
        run.body().get("anonymised").forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }
}

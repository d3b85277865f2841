package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.residents.ResidentRecords;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;

/**
 * Complaints, service requests, adjustments and restrictions made through the API for the live evidence tests, each
 * step done "on the day" (the clock set to it), so the record is one the Code's rules allowed. Officers: {@code ev.officer}
 * handles stage 1, {@code ev.second} stage 2 (6.13); {@code ev.manager} approves restrictions.
 */
final class EvidenceFixture {

    static final String OFFICER = "ev.officer";
    static final String SECOND = "ev.second";
    static final String MANAGER = "ev.manager";
    static final String VIEWER = "ev.viewer";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Api api;
    private final SettableClock clock;
    private final ResidentRecords residents;
    private final String tag;

    EvidenceFixture(Api api, SettableClock clock, ResidentRecords residents, String tag) {
        this.api = api.staff(OFFICER, "COMPLAINTS_OFFICER").staff(SECOND, "COMPLAINTS_OFFICER").staff(MANAGER, "MANAGER")
                .staff(VIEWER, "GOVERNANCE_VIEWER");
        this.clock = clock;
        this.residents = residents;
        this.tag = tag;
    }

    /** Sets "today" to that date, midday in London. */
    void on(LocalDate date) {
        clock.set(date.atTime(12, 0).atZone(LONDON).toInstant());
    }

    Api.Session as(String who) {
        return api.as(who);
    }

    // ------------------------------------------------------------------ complaints

    String receive(LocalDate on, String name) {
        return receive(on, name, null);
    }

    /** {@code consent}: null for no representative, else a representative with or without the resident's consent. */
    String receive(LocalDate on, String name, Boolean consent) {
        on(on);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", on + "T09:00:00Z");
        body.put("channel", "PHONE");
        body.put("resident", Map.of("name", name + " " + tag, "tenancyReference", "EV-" + tag + "-" + name));
        body.put("description", "The repair was not done (" + name + ")");
        if (consent != null) {
            body.put("representative", Map.of("name", "Rep for " + name, "relationship", "FAMILY", "consentGiven", consent));
        }
        Api.Response created = api.as(OFFICER).post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    void acknowledge(String id, LocalDate on, String handler) {
        on(on);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", "The repair was not done.");
        definition.put("points", List.of());
        definition.put("outcomesSought", List.of("The repair done"));
        ok(api.as(handler).post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", on.toString(), "handler", handler, "definition", definition)), "acknowledgement");
    }

    void extend(String id, int days, LocalDate informedOn, String goodReason) {
        on(informedOn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workingDays", days);
        body.put("reason", "Waiting for the contractor's report.");
        body.put("residentInformedOn", informedOn.toString());
        body.put("updateEveryWorkingDays", 5);
        if (goodReason != null) {
            body.put("goodReason", goodReason);
        }
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/extensions", body), "extension");
    }

    /**
     * A response; {@code compensation} above zero offers one financial remedy (due {@code compensationDue}, may be null),
     * {@code actionDue} promises one action.
     */
    void respond(String id, String who, LocalDate on, int compensation, LocalDate compensationDue, LocalDate actionDue) {
        on(on);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("respondedOn", on.toString());
        body.put("decision", "UPHELD");
        body.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
        body.put("points", List.of());
        List<Map<String, Object>> remedies = new ArrayList<>();
        if (compensation > 0) {
            Map<String, Object> remedy = new LinkedHashMap<>();
            remedy.put("type", "FINANCIAL");
            remedy.put("description", "£" + compensation + " for the inconvenience");
            remedy.put("financial", Map.of("distressAndInconvenience", compensation));
            if (compensationDue != null) {
                remedy.put("dueOn", compensationDue.toString());
            }
            remedies.add(remedy);
        }
        else {
            body.put("noRemedyReason", "The repair itself puts things right.");
        }
        body.put("remedies", remedies);
        if (actionDue != null) {
            body.put("outstandingActions", List.of(Map.of("description", "Finish the repair", "dueOn", actionDue.toString(),
                    "owner", "Repairs Manager")));
        }
        else {
            body.put("noOutstandingActions", true);
        }
        ok(api.as(who).post("/api/v1/complaints/" + id + "/response", body), "response");
    }

    void completeAction(String id, int stage, LocalDate on) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/outstanding-actions/completion", Map.of("stage", stage, "action", 0,
                "completedOn", on.toString(), "evidence", "Repair checked by the surveyor")), "completion");
    }

    void acceptRemedy(String id, int stage, LocalDate on, boolean accepted) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/remedies/" + stage + "/0/acceptance",
                Map.of("acceptedOn", on.toString(), "accepted", accepted)), "acceptance");
    }

    void payRemedy(String id, int stage, LocalDate on, int amount) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/remedies/" + stage + "/0/payment",
                Map.of("paidOn", on.toString(), "amount", amount, "reference", "PAY-" + tag + "-" + id.substring(0, 8))), "payment");
    }

    void learn(String id) {
        Api.Response lesson = api.as(OFFICER).post("/api/v1/complaints/" + id + "/learning",
                Map.of("lesson", "Book repairs when reported " + tag, "improvementIds", List.of()));
        assertThat(lesson.status()).as(lesson.toString()).isIn(200, 201);
    }

    void escalate(String id, LocalDate on) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/escalation", Map.of("requestedOn", on.toString())), "escalation");
    }

    void refuse(String id, LocalDate on) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/refusal", Map.of("ground", "LEGAL_PROCEEDINGS", "reasons",
                "A disrepair claim was issued about the same repair on 2 January.", "decidedOn", on.toString())), "refusal");
    }

    String serviceRequest(LocalDate on, String name) {
        String id = receive(on, name);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + id + "/triage", Map.of("outcome", "SERVICE_REQUEST", "reasons",
                "First report of the repair; a job was raised", "residentToldOfRightToComplain", true)), "triage");
        return id;
    }

    String complainAbout(String serviceRequest, LocalDate on) {
        on(on);
        Api.Response created = api.as(OFFICER).post("/api/v1/complaints/" + serviceRequest + "/service-request/complaint",
                Map.of("receivedAt", on + "T09:30:00Z", "description", "Unhappy with how the repair request was handled"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    void resolve(String serviceRequest, LocalDate on) {
        on(on);
        ok(api.as(OFFICER).post("/api/v1/complaints/" + serviceRequest + "/service-request/resolution",
                Map.of("resolvedOn", on.toString(), "summary", "Repaired")), "resolution");
    }

    // ------------------------------------------------------------------ care: adjustments and restrictions

    UUID residentOf(String complaintId) {
        return residents.forComplaint(UUID.fromString(complaintId)).orElseThrow().id();
    }

    String adjustment(UUID resident, LocalDate agreedOn, LocalDate reviewOn) {
        on(agreedOn);
        Api.Response created = api.as(OFFICER).post("/api/v1/residents/" + resident + "/adjustments", Map.of("kind", "LARGE_PRINT",
                "agreedOn", agreedOn.toString(), "reviewOn", reviewOn.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    void reviewAdjustment(String adjustment, LocalDate on, LocalDate next) {
        on(on);
        Api.Response reviewed = api.as(OFFICER).post("/api/v1/adjustments/" + adjustment + "/reviews", Map.of("reviewedOn", on.toString(),
                "outcome", "CONTINUE", "notes", "Still needed", "nextReviewOn", next.toString()));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
    }

    String restriction(UUID resident, LocalDate startsOn, LocalDate reviewOn) {
        on(startsOn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kinds", List.of("WRITTEN_CONTACT_ONLY"));
        body.put("behaviour", "Abusive calls to the repairs line.");
        body.put("evidence", "Call log and written accounts from call handlers.");
        body.put("proportionateBecause", "A warning did not change the behaviour; written contact still lets the resident raise anything.");
        body.put("equalityConsiderations", "No disability disclosed; support was offered.");
        body.put("approvedBy", MANAGER);
        body.put("approvedOn", startsOn.toString());
        body.put("startsOn", startsOn.toString());
        body.put("reviewOn", reviewOn.toString());
        Api.Response created = api.as(OFFICER).post("/api/v1/residents/" + resident + "/restrictions", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/restriction/id");
    }

    void reviewRestriction(String restriction, LocalDate on, LocalDate next) {
        on(on);
        Api.Response reviewed = api.as(OFFICER).post("/api/v1/restrictions/" + restriction + "/reviews", Map.of("reviewedOn", on.toString(),
                "outcome", "CONTINUE", "notes", "Behaviour continues; restriction still proportionate", "nextReviewOn", next.toString()));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
    }

    static void ok(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response).isEqualTo(200);
    }

    static LocalDate d(int month, int day) {
        return LocalDate.of(2053, month, day);
    }

    /** 2053's office closure, a working Monday made a non-working day: the fixture's bank holiday. */
    static final LocalDate CLOSURE = d(2, 10);

    /**
     * The hand-counted fixture: January to March 2053 under the 2024 Code, with Monday 10 February a non-working day
     * (added through the calendar API) and "today" 1 July 2053. The counts each test expects are worked out in the test's
     * comments from these steps.
     * <ul>
     * <li>A1, Mon 13 Jan: acknowledged Wed 15 Jan (due 20 Jan); answered Tue 28 Jan (due 29 Jan) with £100 due 14 Feb (paid
     * 12 Feb) and an action due 20 Feb (done 18 Feb); learning recorded. Escalated Thu 30 Jan; stage 2 acknowledged Fri
     * 7 Feb (due 6 Feb: late); extended 5 working days (told 21 Feb; due 10 Mar, now 17 Mar); answered Wed 19 Mar (late).
     * Resident's large-print adjustment agreed 14 Jan, review due 3 Feb, reviewed 31 Jan (next 14 Mar), reviewed 17 Mar
     * (late; next 30 Jun).</li>
     * <li>A2, Mon 3 Feb, through a representative with consent: acknowledged Tue 11 Feb, the fifth working day over the
     * closure (due 11 Feb); extended 5 working days (told 20 Feb; due 25 Feb, now 4 Mar); answered Mon 3 Mar with £50 (no
     * date, never paid) and an action due 20 Mar (never done). Resident's adjustment agreed 4 Feb, review due 10 Mar,
     * never reviewed; another agreed 4 Feb with review due 1 May (after the period).</li>
     * <li>A3, Mon 17 Feb, through a representative without consent: acknowledged Tue 25 Feb, the sixth working day (due
     * 24 Feb); answered Thu 13 Mar (due 11 Mar: late), no remedy, an action due 1 Aug; learning recorded. Escalated Mon
     * 17 Mar, refused Tue 18 Mar. Resident's restriction from 18 Feb, review due 18 Mar, reviewed 17 Mar (next 1 Jun).</li>
     * <li>A4, Wed 5 Mar: acknowledged Thu 6 Mar; extended 15 working days with a good reason (told 14 Mar; due 20 Mar, now
     * 10 Apr); answered Wed 9 Apr (after the period).</li>
     * <li>A5, Mon 24 Mar: never acknowledged (due 31 Mar).</li>
     * <li>A6, Thu 2 Jan: acknowledged Wed 8 Jan (due 9 Jan); answered Wed 22 Jan (due 22 Jan) with £30 (declined 25 Jan)
     * and an action due 31 Mar (done 2 Apr, late). Escalated Mon 27 Jan; stage 2 acknowledged Wed 29 Jan (due 3 Feb);
     * answered Wed 26 Feb (due 27 Feb). Resident's restriction from 10 Jan, review due 14 Feb, never reviewed.</li>
     * <li>R1, Mon 20 Jan: not accepted Wed 22 Jan (legal proceedings), so its acknowledgement (due 27 Jan) is never due.</li>
     * <li>S1, service request Mon 17 Mar; complaint about it Tue 25 Mar (CS1, acknowledgement due 1 Apr); resolved Fri
     * 28 Mar.</li>
     * <li>S2, service request Mon 3 Mar, never resolved; complaint about it Thu 27 Mar (CS2).</li>
     * </ul>
     */
    Map<String, String> firstQuarter2053() {
        Map<String, String> ids = new LinkedHashMap<>();
        on(d(1, 2));
        Api.Response closure = api.as(MANAGER).post("/api/v1/calendar/non-working-days", Map.of("date", CLOSURE.toString(),
                "reason", "Office closure (live evidence fixture)"));
        assertThat(closure.status()).as(closure.toString()).isIn(200, 201);

        String a6 = receive(d(1, 2), "A6");
        acknowledge(a6, d(1, 8), OFFICER);
        UUID r6 = residentOf(a6);
        String restriction6 = restriction(r6, d(1, 10), d(2, 14));
        respond(a6, OFFICER, d(1, 22), 30, null, d(3, 31));
        acceptRemedy(a6, 1, d(1, 25), false);
        escalate(a6, d(1, 27));
        acknowledge(a6, d(1, 29), SECOND);
        respond(a6, SECOND, d(2, 26), 0, null, null);
        completeAction(a6, 1, d(4, 2));
        ids.put("A6", a6);
        ids.put("restriction6", restriction6);

        String a1 = receive(d(1, 13), "A1");
        UUID r1 = residentOf(a1);
        String adjustment1 = adjustment(r1, d(1, 14), d(2, 3));
        acknowledge(a1, d(1, 15), OFFICER);
        respond(a1, OFFICER, d(1, 28), 100, d(2, 14), d(2, 20));
        escalate(a1, d(1, 30));
        reviewAdjustment(adjustment1, d(1, 31), d(3, 14));
        acknowledge(a1, d(2, 7), SECOND);
        acceptRemedy(a1, 1, d(2, 10), true);
        payRemedy(a1, 1, d(2, 12), 100);
        completeAction(a1, 1, d(2, 18));
        extend(a1, 5, d(2, 21), null);
        reviewAdjustment(adjustment1, d(3, 17), d(6, 30));
        respond(a1, SECOND, d(3, 19), 0, null, null);
        learn(a1);
        ids.put("A1", a1);

        String r1c = receive(d(1, 20), "R1");
        refuse(r1c, d(1, 22));
        ids.put("R1", r1c);

        String a2 = receive(d(2, 3), "A2", true);
        UUID r2 = residentOf(a2);
        adjustment(r2, d(2, 4), d(3, 10));
        adjustment(r2, d(2, 4), d(5, 1));
        acknowledge(a2, d(2, 11), OFFICER);
        extend(a2, 5, d(2, 20), null);
        respond(a2, OFFICER, d(3, 3), 50, null, d(3, 20));
        ids.put("A2", a2);

        String a3 = receive(d(2, 17), "A3", false);
        UUID r3 = residentOf(a3);
        String restriction3 = restriction(r3, d(2, 18), d(3, 18));
        acknowledge(a3, d(2, 25), OFFICER);
        respond(a3, OFFICER, d(3, 13), 0, null, d(8, 1));
        learn(a3);
        reviewRestriction(restriction3, d(3, 17), d(6, 1));
        escalate(a3, d(3, 17));
        refuse(a3, d(3, 18));
        ids.put("A3", a3);

        String a4 = receive(d(3, 5), "A4");
        acknowledge(a4, d(3, 6), OFFICER);
        extend(a4, 15, d(3, 14), "The structural survey cannot be done sooner.");
        respond(a4, OFFICER, d(4, 9), 0, null, null);
        ids.put("A4", a4);

        String a5 = receive(d(3, 24), "A5");
        ids.put("A5", a5);

        String s2 = serviceRequest(d(3, 3), "S2");
        String s1 = serviceRequest(d(3, 17), "S1");
        String cs1 = complainAbout(s1, d(3, 25));
        String cs2 = complainAbout(s2, d(3, 27));
        resolve(s1, d(3, 28));
        ids.put("S1", s1);
        ids.put("S2", s2);
        ids.put("CS1", cs1);
        ids.put("CS2", cs2);
        on(LocalDate.of(2053, 7, 1));
        return ids;
    }

    void withdrawClosure() {
        api.as(MANAGER).post("/api/v1/calendar/non-working-days/" + CLOSURE + "/withdrawal", Map.of("reason", "Fixture done"));
    }
}

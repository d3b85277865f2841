package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.putright.testsupport.Api;

/**
 * Complaints made through the API for the figures tests, dated in a year no other test uses, so the period's figures are
 * this fixture's own. Officers: {@code fig.officer} handles stage 1, {@code fig.second} stage 2 (6.13).
 */
final class FigureFixture {

    static final String OFFICER = "fig.officer";
    static final String SECOND = "fig.second";
    static final String VIEWER = "fig.viewer";
    static final String MANAGER = "fig.manager";

    private final Api api;
    private final String tag;

    FigureFixture(Api api, String tag) {
        this.api = api.staff(OFFICER, "COMPLAINTS_OFFICER").staff(SECOND, "COMPLAINTS_OFFICER").staff(VIEWER, "GOVERNANCE_VIEWER")
                .staff(MANAGER, "MANAGER");
        this.tag = tag;
    }

    Api.Session officer() {
        return api.as(OFFICER);
    }

    /** A resident from the housing system, living at {@code property}. */
    void resident(String tenancy, String property) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Figures Resident " + tenancy);
        body.put("propertyReference", property);
        Api.Response put = api.as(MANAGER).put("/api/v1/residents/by-tenancy/" + tenancy, body);
        assertThat(put.status()).as(put.toString()).isIn(200, 201);
    }

    String receive(LocalDate on, String tenancy) {
        Api.Response created = officer().post("/api/v1/complaints", Map.of("receivedAt", on + "T09:00:00Z", "channel", "PHONE",
                "resident", Map.of("name", "Figures Resident " + tenancy, "tenancyReference", tenancy),
                "description", "The repair was not done " + tag));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    void categorise(String id, String serviceArea, String cause, String team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceArea", serviceArea);
        body.put("cause", cause);
        body.put("team", team);
        ok(officer().put("/api/v1/complaints/" + id + "/categories", body), "categories");
    }

    void acknowledge(String id, LocalDate on, String handler) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("summary", "The repair was not done.");
        definition.put("points", List.of());
        definition.put("outcomesSought", List.of("The repair done"));
        definition.put("notResponsibleFor", List.of("Nothing"));
        ok(api.as(handler).post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", on.toString(), "handler", handler, "definition", definition)), "acknowledgement");
    }

    void extend(String id, int days, LocalDate informedOn) {
        ok(officer().post("/api/v1/complaints/" + id + "/extensions", Map.of("workingDays", days, "reason",
                "Waiting for the contractor's report.", "residentInformedOn", informedOn.toString(), "updateEveryWorkingDays", 5)),
                "extension");
    }

    /** A response; {@code compensation} above zero offers one financial remedy, {@code actionDue} promises one action. */
    void respond(String id, String who, LocalDate on, String decision, int compensation, LocalDate actionDue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("respondedOn", on.toString());
        body.put("decision", decision);
        body.put("reasons", "The repair was not booked when it should have been, under our repairs policy.");
        body.put("points", List.of());
        List<Map<String, Object>> remedies = new ArrayList<>();
        if (compensation > 0) {
            remedies.add(Map.of("type", "FINANCIAL", "description", "£" + compensation + " for the inconvenience.", "financial",
                    Map.of("distressAndInconvenience", compensation)));
        }
        else {
            body.put("noRemedyReason", "Nothing went wrong that needs putting right.");
        }
        body.put("remedies", remedies);
        if (actionDue != null) {
            body.put("outstandingActions", List.of(Map.of("description", "Finish the repair " + tag, "dueOn", actionDue.toString(),
                    "owner", "Repairs Manager")));
        }
        else {
            body.put("noOutstandingActions", true);
        }
        ok(api.as(who).post("/api/v1/complaints/" + id + "/response", body), "response");
    }

    void escalate(String id, LocalDate on) {
        ok(officer().post("/api/v1/complaints/" + id + "/escalation", Map.of("requestedOn", on.toString())), "escalation");
    }

    void refuse(String id, String ground, LocalDate on) {
        ok(officer().post("/api/v1/complaints/" + id + "/refusal", Map.of("ground", ground, "reasons",
                "A disrepair claim was issued about the same repair.", "decidedOn", on.toString(), "discretionConsidered",
                "The claim covers the whole complaint.")), "refusal");
    }

    void serviceRequest(String id) {
        ok(officer().post("/api/v1/complaints/" + id + "/triage", Map.of("outcome", "SERVICE_REQUEST", "reasons", "First report",
                "residentToldOfRightToComplain", true)), "triage");
    }

    private static void ok(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response).isEqualTo(200);
    }

    /**
     * The hand-counted fixture, January to June 2043: years other tests leave alone (the Tenant Satisfaction Measures
     * tests use reporting years up to 2036/37, the Ombudsman register and retention 2018 to 2026), under the 2024 Code,
     * with no bank holidays in the calendar data that far ahead. Every count in {@code ReportFiguresTest} comes from here:
     * <ol>
     * <li>C1, R1 at P1: Mon 12 Jan, repairs / delay / repairs team; acknowledged 13 Jan (due 19 Jan, in time); answered
     * 20 Jan, upheld, £100 and one action due 20 Feb; £100 paid 2 Feb; escalated 26 Jan; stage 2 acknowledged 28 Jan (due
     * 2 Feb, in time) and answered 2 Mar, not upheld (due 20 working days after the acknowledgement, 25 Feb: late).</li>
     * <li>C2, R1 at P1: Mon 9 Feb, damp and mould / quality of work / repairs team; acknowledged 17 Feb (due 16 Feb, late);
     * extended 5 working days (due 3 Mar, now 10 Mar); answered 6 Mar, partly upheld, £50 (in time).</li>
     * <li>C3, R2 at P1: Mon 13 Apr, damp and mould / communication / housing management; acknowledged 14 Apr; answered
     * 21 Apr, upheld, £200 (in time).</li>
     * <li>C4, R3 at P3: Mon 20 Apr, damp and mould / delay; acknowledged 27 Apr (the last day, in time); not answered yet.</li>
     * <li>C5, R3 at P3: 11 May, damp and mould / delay; refused 12 May (legal proceedings).</li>
     * <li>C6, R3 at P3: 8 Jun, a service request (not a complaint).</li>
     * <li>C7, R4 at P4: 15 Jun, damp and mould (no cause or team).</li>
     * </ol>
     * Plus a lesson learned from C2 and the service improvement it led to, proposed and done on the clock's day.
     */
    Map<String, String> januaryToJune2043() {
        int year = 2043;
        String p1 = "P-" + tag + "-1";
        String r1 = "FIG-" + tag + "-1";
        String r2 = "FIG-" + tag + "-2";
        String r3 = "FIG-" + tag + "-3";
        String r4 = "FIG-" + tag + "-4";
        resident(r1, p1);
        resident(r2, p1);
        resident(r3, "P-" + tag + "-3");
        resident(r4, "P-" + tag + "-4");
        Map<String, String> ids = new LinkedHashMap<>();

        String c1 = receive(d(year, 1, 12), r1);
        categorise(c1, "REPAIRS", "DELAY", "REPAIRS_TEAM");
        acknowledge(c1, d(year, 1, 13), OFFICER);
        respond(c1, OFFICER, d(year, 1, 20), "UPHELD", 100, d(year, 2, 20));
        ok(officer().post("/api/v1/complaints/" + c1 + "/remedies/1/0/acceptance", Map.of("acceptedOn", d(year, 1, 23).toString(),
                "accepted", true)), "acceptance");
        ok(officer().post("/api/v1/complaints/" + c1 + "/remedies/1/0/payment", Map.of("paidOn", d(year, 2, 2).toString(),
                "amount", 100, "reference", "PAY-" + tag)), "payment");
        escalate(c1, d(year, 1, 26));
        acknowledge(c1, d(year, 1, 28), SECOND);
        respond(c1, SECOND, d(year, 3, 2), "NOT_UPHELD", 0, null);
        ids.put("C1", c1);

        String c2 = receive(d(year, 2, 9), r1);
        categorise(c2, "DAMP_AND_MOULD", "QUALITY_OF_WORK", "REPAIRS_TEAM");
        acknowledge(c2, d(year, 2, 17), OFFICER);
        extend(c2, 5, d(year, 2, 18));
        respond(c2, OFFICER, d(year, 3, 6), "PARTLY_UPHELD", 50, null);
        ids.put("C2", c2);

        String c3 = receive(d(year, 4, 13), r2);
        categorise(c3, "DAMP_AND_MOULD", "COMMUNICATION", "HOUSING_MANAGEMENT");
        acknowledge(c3, d(year, 4, 14), OFFICER);
        respond(c3, OFFICER, d(year, 4, 21), "UPHELD", 200, null);
        ids.put("C3", c3);

        String c4 = receive(d(year, 4, 20), r3);
        categorise(c4, "DAMP_AND_MOULD", "DELAY", null);
        acknowledge(c4, d(year, 4, 27), OFFICER);
        ids.put("C4", c4);

        String c5 = receive(d(year, 5, 11), r3);
        categorise(c5, "DAMP_AND_MOULD", "DELAY", null);
        refuse(c5, "LEGAL_PROCEEDINGS", d(year, 5, 12));
        ids.put("C5", c5);

        String c6 = receive(d(year, 6, 8), r3);
        serviceRequest(c6);
        ids.put("C6", c6);

        String c7 = receive(d(year, 6, 15), r4);
        categorise(c7, "DAMP_AND_MOULD", null, null);
        ids.put("C7", c7);

        // learning from C2, and the improvement it led to, finished the same day
        Api.Response improvement = officer().post("/api/v1/service-improvements", Map.of("title", "Damp surveys within a week " + tag,
                "description", "Survey every damp report within five working days.", "owner", "Repairs Manager"));
        assertThat(improvement.status()).as(improvement.toString()).isIn(200, 201);
        ok(officer().post("/api/v1/service-improvements/" + improvement.text("/id") + "/status", Map.of("status", "DONE")),
                "improvement status");
        Api.Response lesson = officer().post("/api/v1/complaints/" + c2 + "/learning", Map.of("lesson",
                "Damp reports need a survey before any repair " + tag, "improvementIds", List.of(improvement.text("/id"))));
        assertThat(lesson.status()).as(lesson.toString()).isIn(200, 201);
        return ids;
    }

    /**
     * A reporting year of complaints (April {@code year} to March {@code year + 1}) for pictures of the dashboard: more in
     * winter, damp and mould rising in the last quarter, a few residents complaining more than once, a quarter escalated.
     * The clock must be at or after the year's end. Returns how many complaints were made.
     */
    int reportingYear(int year, LocalDate today) {
        String[] areas = { "REPAIRS", "DAMP_AND_MOULD", "ANTI_SOCIAL_BEHAVIOUR", "REPAIRS", "RENT_AND_CHARGES", "ESTATE_SERVICES",
                "REPAIRS", "CUSTOMER_SERVICE" };
        String[] causes = { "DELAY", "QUALITY_OF_WORK", "COMMUNICATION", "DELAY", "STAFF_CONDUCT", "POLICY" };
        String[] teams = { "REPAIRS_TEAM", "HOUSING_MANAGEMENT", "REPAIRS_TEAM", "INCOME_TEAM", "CUSTOMER_SERVICES" };
        String[] decisions = { "UPHELD", "PARTLY_UPHELD", "NOT_UPHELD" };
        int[] perMonth = { 3, 3, 4, 2, 3, 4, 5, 5, 4, 6, 7, 8 };
        for (int r = 0; r < 6; r++) {
            resident("YR-" + tag + "-" + r, "P-" + tag + "-" + (r / 2));
        }
        int n = 0;
        for (int m = 0; m < 12; m++) {
            LocalDate month = LocalDate.of(year, 4, 1).plusMonths(m);
            for (int k = 0; k < perMonth[m]; k++, n++) {
                LocalDate received = month.plusDays(2 + k * 3L);
                String tenancy = n % 4 == 0 ? "YR-" + tag + "-" + (n / 4 % 6) : "YR-" + tag + "-single-" + n;
                String id = receive(received, tenancy);
                // the last quarter's extra complaints are about damp and mould
                String area = m >= 9 && k >= 3 ? "DAMP_AND_MOULD" : areas[n % areas.length];
                categorise(id, area, n % 7 == 6 ? null : causes[n % causes.length], n % 5 == 4 ? null : teams[n % teams.length]);
                if (n % 11 == 10) {
                    refuse(id, n % 2 == 0 ? "LEGAL_PROCEEDINGS" : "PREVIOUSLY_CONSIDERED", received.plusDays(2));
                    continue;
                }
                LocalDate acknowledged = received.plusDays(n % 6 == 5 ? 9 : 2);
                if (acknowledged.isAfter(today)) {
                    continue;
                }
                acknowledge(id, acknowledged, OFFICER);
                LocalDate responded = acknowledged.plusDays(n % 8 == 7 ? 25 : 10);
                if (responded.isAfter(today)) {
                    continue;
                }
                respond(id, OFFICER, responded, decisions[n % 3], n % 3 == 2 ? 0 : 50 + 25 * (n % 5), n % 6 == 0 ? responded.plusDays(20) : null);
                if (n % 4 == 1 && responded.plusDays(30).isBefore(today)) {
                    escalate(id, responded.plusDays(3));
                    acknowledge(id, responded.plusDays(5), SECOND);
                    respond(id, SECOND, responded.plusDays(24), decisions[(n + 1) % 3], n % 3 == 0 ? 150 : 0, null);
                }
            }
        }
        return n;
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

package org.putright.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

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
 * 9.7 c and 8.1: the register's figures for a period, on a fixture counted by hand. Only this test uses the reporting
 * year 2019/20 (1 April 2019 to 31 March 2020), so the counts are exact even on the shared database.
 */
@WithDatabase
class OmbudsmanSummaryTest {

    static final String OFFICER = "omb.summary.officer";
    static final String BOARD = "omb.summary.board";
    static final LocalDate FROM = LocalDate.of(2019, 4, 1);
    static final LocalDate TO = LocalDate.of(2020, 3, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    OmbudsmanRegister register;

    Api api;
    OmbudsmanFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff(OFFICER, "COMPLAINTS_OFFICER").staff(BOARD, "GOVERNANCE_VIEWER");
        fixtures = new OmbudsmanFixtures(api, OFFICER);
        clock.set(LocalDate.of(2020, 6, 1).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    @Test
    void provision_9_7_c_the_figures_for_a_year_count_referrals_determinations_findings_and_orders_as_they_stood_at_its_end() {
        String tag = OmbudsmanFixtures.tag();

        // S1: referred and determined in the year; two orders complied with (one late), a recommendation followed
        String s1 = fixtures.referredCase("S1-" + tag, d(2019, 5, 10));
        ok(fixtures.determine(s1, d(2019, 9, 2), "Repairs", "MALADMINISTRATION", "Communication", "SERVICE_FAILURE", "Rent", "NO_MALADMINISTRATION"));
        String o1 = fixtures.addOrder(s1, "ORDER", "o1 " + tag, null, d(2019, 10, 1));
        String o2 = fixtures.addOrder(s1, "ORDER", "o2 " + tag, null, d(2019, 10, 15));
        String r1 = fixtures.addOrder(s1, "RECOMMENDATION", "r1 " + tag, null, null);
        ok(fixtures.comply(s1, o1, d(2019, 9, 20), "done"));
        ok(fixtures.comply(s1, o2, d(2019, 11, 1), "done late"));
        ok(fixtures.comply(s1, r1, d(2019, 12, 1), "followed"));

        // S2: a CHFO complied with on time, then determined in February with one order overdue at the year end, one
        // not yet due, one complied with only after the year ended (overdue at its end), and a recommendation open
        String s2 = fixtures.referredCase("S2-" + tag, d(2019, 8, 1));
        String c1 = fixtures.addOrder(s2, "COMPLAINT_HANDLING_FAILURE_ORDER", "c1 " + tag, d(2019, 9, 1), d(2019, 9, 15));
        ok(fixtures.comply(s2, c1, d(2019, 9, 14), "file sent"));
        ok(fixtures.determine(s2, d(2020, 2, 10), "Damp", "SEVERE_MALADMINISTRATION", "Neighbour dispute", "OUTSIDE_JURISDICTION",
                "Heating", "REASONABLE_REDRESS"));
        fixtures.addOrder(s2, "ORDER", "o3 " + tag, null, d(2020, 3, 10));
        fixtures.addOrder(s2, "ORDER", "o4 " + tag, null, d(2020, 4, 20));
        String o5 = fixtures.addOrder(s2, "ORDER", "o5 " + tag, null, d(2020, 3, 20));
        ok(fixtures.comply(s2, o5, d(2020, 4, 15), "done after the year end"));
        fixtures.addOrder(s2, "RECOMMENDATION", "r2 " + tag, null, null);

        // S3: referred in March, a CHFO due after the year end, no determination
        String s3 = fixtures.referredCase("S3-" + tag, d(2020, 3, 20));
        fixtures.addOrder(s3, "COMPLAINT_HANDLING_FAILURE_ORDER", "c2 " + tag, d(2020, 3, 25), d(2020, 4, 8));

        // S4: referred the year before; determined in April, then revised on review in June: only the revision counts
        String s4 = fixtures.referredCase("S4-" + tag, d(2019, 2, 1));
        ok(fixtures.determine(s4, d(2019, 4, 15), "Repairs", "MALADMINISTRATION"));
        ok(fixtures.determine(s4, d(2019, 6, 1), "Repairs", "NO_MALADMINISTRATION"));

        // S5: referred in the year, determined after it, with an order made after it
        String s5 = fixtures.referredCase("S5-" + tag, d(2020, 3, 1));
        ok(fixtures.determine(s5, d(2020, 4, 5), "Repairs", "MALADMINISTRATION"));
        fixtures.addOrder(s5, "ORDER", "o6 " + tag, null, d(2020, 5, 1));

        // S6: referred and determined the year before; an order made in April, complied with on time
        String s6 = fixtures.referredCase("S6-" + tag, d(2019, 3, 15));
        ok(fixtures.determine(s6, d(2019, 3, 30), "Repairs", "SERVICE_FAILURE"));
        String o7 = fixtures.addOrder(s6, "ORDER", "o7 " + tag, d(2019, 4, 2), d(2019, 5, 1));
        ok(fixtures.comply(s6, o7, d(2019, 4, 20), "done"));

        OmbudsmanSummary summary = register.summaryFor(FROM, TO);

        assertThat(summary.asOf()).isEqualTo(TO);
        assertThat(summary.casesReferred()).as("S1, S2, S3, S5").isEqualTo(4);
        assertThat(summary.casesDetermined()).as("S1, S2, S4 (revised)").isEqualTo(3);
        assertThat(summary.findings()).containsEntry(Finding.NO_MALADMINISTRATION, 2).containsEntry(Finding.SERVICE_FAILURE, 1)
                .containsEntry(Finding.MALADMINISTRATION, 1).containsEntry(Finding.SEVERE_MALADMINISTRATION, 1)
                .containsEntry(Finding.REASONABLE_REDRESS, 1).containsEntry(Finding.OUTSIDE_JURISDICTION, 1);
        assertThat(summary.findingsInJurisdiction()).isEqualTo(6);
        assertThat(summary.maladministrationRate()).as("3 failings of 6 findings in jurisdiction").isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(summary.orders()).as("o1, o2, o7 complied (o2 late); o3, o5 overdue; o4 open")
                .isEqualTo(new OmbudsmanSummary.Orders(6, 3, 1, 2, 1));
        assertThat(summary.recommendations()).isEqualTo(new OmbudsmanSummary.Orders(2, 1, 0, 0, 1));
        assertThat(summary.complaintHandlingFailureOrders()).isEqualTo(new OmbudsmanSummary.Orders(2, 1, 0, 0, 1));

        // the first half of the year alone: S1 referred; S1 and S4 determined (4 findings, 2 failings); o1, o2, o7 made;
        // at 30 September o2 is not yet due, and c1 is complied with
        OmbudsmanSummary firstHalf = register.summaryFor(FROM, d(2019, 9, 30));
        assertThat(firstHalf.casesReferred()).as("S1, S2").isEqualTo(2);
        assertThat(firstHalf.casesDetermined()).isEqualTo(2);
        assertThat(firstHalf.maladministrationRate()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(firstHalf.orders()).isEqualTo(new OmbudsmanSummary.Orders(3, 2, 0, 0, 1));
        assertThat(firstHalf.complaintHandlingFailureOrders()).isEqualTo(new OmbudsmanSummary.Orders(1, 1, 0, 0, 0));

        var viaApi = api.as(BOARD).get("/api/v1/ombudsman/summary?from=2019-04-01&to=2020-03-31");
        assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(200);
        assertThat(viaApi.body().get("casesReferred").asInt()).isEqualTo(4);
        assertThat(viaApi.body().at("/findings/SEVERE_MALADMINISTRATION").asInt()).isEqualTo(1);
        assertThat(viaApi.body().get("maladministrationRate").decimalValue()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(viaApi.body().at("/orders/overdue").asInt()).isEqualTo(2);
        assertThat(viaApi.body().at("/complaintHandlingFailureOrders/made").asInt()).isEqualTo(2);
    }

    @Test
    void a_period_must_end_after_it_starts_and_a_period_with_nothing_has_no_rate() {
        var backwards = api.as(BOARD).get("/api/v1/ombudsman/summary?from=2019-04-01&to=2019-03-31");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body().at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(api.as(BOARD).get("/api/v1/ombudsman/summary?from=2019-04-01").status()).isEqualTo(400);
        assertThat(api.as(BOARD).get("/api/v1/ombudsman/summary?from=1-4-2019&to=2019-04-30").status()).isEqualTo(400);

        OmbudsmanSummary empty = register.summaryFor(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
        assertThat(empty.casesReferred()).isZero();
        assertThat(empty.maladministrationRate()).isNull();
        assertThat(empty.orders()).isEqualTo(new OmbudsmanSummary.Orders(0, 0, 0, 0, 0));
    }
}

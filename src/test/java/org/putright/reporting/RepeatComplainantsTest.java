package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * 9.4 repeat complainants and repeat homes, counted from each new complaint's neighbours (V26), stay what a plain grouping
 * of the period's new complaints by resident and by home says while complaints arrive, are backdated between others,
 * become service requests, escalate, and residents are merged; in periods that cut a resident's complaints at either
 * end. Complaints received in 2058, which no other test uses.
 */
@WithDatabase
class RepeatComplainantsTest {

    static final LocalDate JAN = LocalDate.of(2058, 1, 1);
    /** Periods compared after every step: the first quarter, one across its end, the year. */
    static final LocalDate[][] PERIODS = { { JAN, LocalDate.of(2058, 3, 31) }, { LocalDate.of(2058, 3, 1), LocalDate.of(2058, 6, 30) },
            { JAN, LocalDate.of(2058, 12, 31) } };

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportFigures figures;

    Api api;
    FigureFixture fixture;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        clock.set(Instant.parse("2058-12-31T12:00:00Z"));
        tag = UUID.randomUUID().toString().substring(0, 6);
        fixture = new FigureFixture(api, "r" + tag);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void provision_9_4_repeat_counts_follow_new_backdated_merged_and_reclassified_complaints() {
        resident("A", "P1");
        resident("B", "P1"); // the same home as A
        resident("C", "P2");
        UUID r4 = resident("D", "P3");
        UUID r5 = resident("E", "P4");

        String a1 = fixture.receive(d(1, 10), t("A"));
        assertRepeats(0, 0, 0, 0, 0);

        fixture.receive(d(3, 20), t("A")); // a second complaint: A repeats, and so does home P1
        assertRepeats(0, 1, 2, 1, 2);

        fixture.receive(d(2, 5), t("B")); // another resident at P1: the home has three
        assertRepeats(0, 1, 2, 1, 3);

        fixture.receive(d(2, 1), t("A")); // backdated: received between A's two, recorded after them
        assertRepeats(0, 1, 3, 1, 4);

        // C's two complaints either side of the end of March: a repeat in the year and in March to June, not in the quarter
        fixture.receive(d(3, 25), t("C"));
        fixture.receive(d(4, 10), t("C"));
        assertRepeats(0, 1, 3, 1, 4);
        assertRepeats(1, 1, 2, 1, 2); // March to June: only C's two (A's and P1's one is 20 March)
        assertRepeats(2, 2, 5, 2, 6);

        // a service request is not a new complaint: it leaves A's and P1's counts as they were
        String a4 = fixture.receive(d(6, 1), t("A"));
        assertRepeats(2, 2, 6, 2, 7);
        fixture.serviceRequest(a4);
        assertRepeats(2, 2, 5, 2, 6);

        // an escalation adds a stage 2 row, which never counts
        fixture.acknowledge(a1, d(1, 12), FigureFixture.OFFICER);
        fixture.respond(a1, FigureFixture.OFFICER, d(1, 20), "NOT_UPHELD", 0, null);
        fixture.escalate(a1, d(1, 25));
        assertRepeats(2, 2, 5, 2, 6);

        // D and E are one person: after the merge E's complaint is D's, and from D's home
        fixture.receive(d(5, 12), t("D"));
        fixture.receive(d(5, 20), t("E"));
        assertRepeats(1, 1, 2, 1, 2);
        assertRepeats(2, 2, 5, 2, 6);
        Api.Response merged = api.as(FigureFixture.MANAGER).post("/api/v1/residents/" + r5 + "/merge",
                Map.of("into", r4.toString(), "reason", "The same tenant twice " + tag));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertRepeats(1, 2, 4, 2, 4); // C and D; homes P2 and P3 (E's complaint now from D's home)
        assertRepeats(2, 3, 7, 3, 8);
    }

    /** A new resident from the housing system at {@code property} (both this test's own), by its id. */
    private UUID resident(String tenancy, String property) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Repeat Resident " + tenancy);
        body.put("propertyReference", property + "-" + tag);
        Api.Response put = api.as(FigureFixture.MANAGER).put("/api/v1/residents/by-tenancy/" + t(tenancy), body);
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        return UUID.fromString(put.text("/residentId"));
    }

    private String t(String tenancy) {
        return "RPT-" + tag + "-" + tenancy;
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2058, month, day);
    }

    /**
     * The period's repeat figures are as expected and as a grouping of its new complaints counts them; and every row's
     * stored neighbours are what window functions over the whole table give.
     */
    private void assertRepeats(int period, long complainants, long fromComplainants, long homes, long fromHomes) {
        LocalDate from = PERIODS[period][0];
        LocalDate to = PERIODS[period][1];
        ReportFigures.Repeats repeats = figures.forPeriod(from, to).repeats();
        assertThat(repeats).as("period %s to %s", from, to)
                .isEqualTo(new ReportFigures.Repeats(complainants, fromComplainants, homes, fromHomes));
        long[] residents = grouped("resident_id", from, to);
        long[] properties = grouped("property_key", from, to);
        assertThat(repeats).as("grouped, period %s to %s", from, to)
                .isEqualTo(new ReportFigures.Repeats(residents[0], residents[1], properties[0], properties[1]));
        assertThat(stored()).isEqualTo(windowed());
    }

    /** The count before V26: residents (or homes) with more than one new complaint in the period, and their complaints. */
    private long[] grouped(String column, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*), coalesce(sum(n), 0) from (select " + column + ", count(*) as n from report_stage "
                + "where received_on between ? and ? and stage = 1 and kind = 'COMPLAINT' and " + column + " is not null "
                + "group by " + column + " having count(*) > 1) repeats")
                .params(from, to).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
    }

    private List<String> stored() {
        return jdbc.sql("select complaint_id, stage, prev_resident_on, next_resident_on, prev_home_on, next_home_on from report_stage "
                + "order by complaint_id, stage").query((rs, n) -> row(rs)).list();
    }

    private List<String> windowed() {
        return jdbc.sql("""
                select complaint_id, stage,
                    case when stage = 1 and kind = 'COMPLAINT' and resident_id is not null
                        then lag(received_on) over (partition by stage, kind, resident_id order by received_on, complaint_id) end,
                    case when stage = 1 and kind = 'COMPLAINT' and resident_id is not null
                        then lead(received_on) over (partition by stage, kind, resident_id order by received_on, complaint_id) end,
                    case when stage = 1 and kind = 'COMPLAINT' and property_key is not null
                        then lag(received_on) over (partition by stage, kind, property_key order by received_on, complaint_id) end,
                    case when stage = 1 and kind = 'COMPLAINT' and property_key is not null
                        then lead(received_on) over (partition by stage, kind, property_key order by received_on, complaint_id) end
                from report_stage order by complaint_id, stage""").query((rs, n) -> row(rs)).list();
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            values.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
        }
        return values.toString();
    }
}

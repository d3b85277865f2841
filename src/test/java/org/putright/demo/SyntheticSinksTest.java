package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.identity.Role;
import org.putright.identity.StaffProvisioning;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two sinks of one plan make the same records: a history played through the services and the same history written in
 * bulk leave the same report rows (every column but the ids, references, resident and time written), the same events
 * and the same queue projection, and the same Ombudsman register. This test owns 2062/63 and 2063/64 (and the estates S and B; D is the demo's).
 */
@WithDatabase
class SyntheticSinksTest {

    @Autowired
    SyntheticDomainLoad domain;

    @Autowired
    SyntheticBulkLoad bulk;

    @Autowired
    StaffProvisioning staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @Autowired
    org.putright.ombudsman.OmbudsmanRegister register;

    @AfterEach
    void tearDown() {
        clock.reset();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void a_history_loaded_in_bulk_says_what_the_same_history_played_through_the_services_says() {
        for (String name : List.of("sam.officer", "casey.officer", "ivan.investigator", "morgan.manager")) {
            staff.ensure(name, name, EnumSet.of(SyntheticDomainLoad.ROLES.get(name)), "synthetic-password");
        }
        // today is a week before the end of the plan, so the last cases are still open
        clock.set(Instant.parse("2064-03-24T12:00:00Z"));
        LocalDate from = LocalDate.of(2062, 4, 1);
        LocalDate to = LocalDate.of(2064, 3, 31);
        // every stage 2 complaint goes to the Ombudsman, so the sample has its cases in every state
        var throughServices = new SyntheticHistory.Parameters(400, from, to, 9, List.of("casey.officer", "ivan.investigator"),
                List.of("morgan.manager"), "sam.officer", "S", 1.0);
        var inBulk = new SyntheticHistory.Parameters(400, from, to, 9, List.of("casey.officer", "ivan.investigator"),
                List.of("morgan.manager"), "sam.officer", "B", 1.0);

        List<Integer> before = figures();
        SyntheticDomainLoad.Result played = domain.load(throughServices);
        List<Integer> afterServices = figures();
        SyntheticBulkLoad.Result written = bulk.load(inBulk, n -> {
        });
        List<Integer> afterBulk = figures();

        assertThat(played.refused()).as("no step of the plan is refused by a rule").isZero();
        assertThat(written.stopped()).isZero();
        assertThat(written.cases()).isEqualTo(played.cases()).isGreaterThan(20);
        // the sample has every path: service requests, refusals, stage 2, extensions, open cases
        assertThat(jdbc.sql("""
                select distinct case when r.kind = 'SERVICE_REQUEST' then 'service request' when r.refused_on is not null then 'refused'
                    when r.stage = 2 then 'stage 2' when r.extensions > 0 then 'extended' when r.responded_on is null then 'open'
                    else 'answered' end
                from report_stage r join resident_complaint l on l.complaint_id = r.complaint_id
                join resident s on s.id = l.resident_id where s.tenancy_reference like 'TB-%'""").query(String.class).list())
                .containsExactlyInAnyOrder("service request", "refused", "stage 2", "extended", "open", "answered");
        assertThat(rows("TS-%")).isEqualTo(rows("TB-%")).hasSizeGreaterThan(20);
        assertThat(events("TS-%")).isEqualTo(events("TB-%"));
        assertThat(queue("TS-%")).isEqualTo(queue("TB-%"));
        // the Ombudsman's register: the same figures for the period and the same rows case by case
        List<Integer> byServices = difference(afterServices, before);
        assertThat(difference(afterBulk, afterServices)).isEqualTo(byServices);
        assertThat(byServices.get(0)).as("cases referred").isGreaterThan(2);
        assertThat(byServices.get(1)).as("cases determined").isGreaterThan(0);
        assertThat(ombudsman("TS-%")).isEqualTo(ombudsman("TB-%")).hasSize(byServices.get(0));
        assertThat(ombudsman("TB-%")).anyMatch(c -> !c.contains("DETERMINED"))
                .anyMatch(c -> c.contains("DETERMINED") && c.contains("ORDER") && c.contains("Evidence sent"));
        // and in bulk each home is one resident with its property, so repeat properties can be counted
        assertThat(jdbc.sql("select count(*) from resident where tenancy_reference like 'TB-%' and property_key like 'ref:PB-%'")
                .query(Long.class).single()).isEqualTo(written.residents());
    }

    /** The register's figures for the two years, as numbers in a fixed order. */
    private List<Integer> figures() {
        var summary = register.summaryFor(LocalDate.of(2062, 4, 1), LocalDate.of(2064, 3, 31));
        List<Integer> figures = new ArrayList<>(List.of(summary.casesReferred(), summary.casesDetermined(), summary.findingsInJurisdiction()));
        new TreeMap<>(summary.findings()).values().forEach(figures::add);
        for (var orders : List.of(summary.orders(), summary.recommendations(), summary.complaintHandlingFailureOrders())) {
            figures.addAll(List.of(orders.made(), orders.complied(), orders.compliedLate(), orders.overdue(), orders.open()));
        }
        return figures;
    }

    private static List<Integer> difference(List<Integer> after, List<Integer> before) {
        return java.util.stream.IntStream.range(0, after.size()).mapToObj(i -> after.get(i) - before.get(i)).toList();
    }

    /**
     * Each Ombudsman case about one estate's complaints as one line: referral, statuses, determinations with their
     * findings, orders with their compliance (who recorded each; not the ids, references or times written).
     */
    private List<String> ombudsman(String tenancies) {
        String cases = "select c.id from ombudsman_case c join resident_complaint l on l.complaint_id = c.complaint_id "
                + "join resident s on s.id = l.resident_id where s.tenancy_reference like ? and l.received_on >= DATE '2062-04-01'";
        Map<String, StringBuilder> byCase = new TreeMap<>();
        jdbc.sql("select id, referred_on, recorded_by from ombudsman_case where id in (" + cases + ")").param(tenancies)
                .query(rs -> {
                    byCase.put(rs.getString(1), new StringBuilder("referred " + rs.getString(2) + " by " + rs.getString(3)));
                });
        java.util.function.BiConsumer<String, String> append = (sql, caseColumn) -> jdbc.sql(sql).param(tenancies).query(rs -> {
            StringBuilder line = byCase.get(rs.getString(caseColumn));
            for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                line.append(i == 2 ? "; " : " ").append(rs.getString(i));
            }
        });
        append.accept("select case_id, sequence, status, changed_on, note, recorded_by from ombudsman_case_status where case_id in ("
                + cases + ") order by case_id, sequence", "case_id");
        append.accept("select case_id, revision, determined_on, recorded_by from ombudsman_determination where case_id in (" + cases
                + ") order by case_id, revision", "case_id");
        append.accept("select case_id, revision, element_index, description, finding from ombudsman_finding where case_id in (" + cases
                + ") order by case_id, revision, element_index", "case_id");
        append.accept("select o.case_id, o.kind, o.description, o.made_on, o.due_on, o.recorded_by, k.sequence, k.complied_on, k.evidence, "
                + "k.recorded_by from ombudsman_order o left join ombudsman_compliance k on k.order_id = o.id where o.case_id in (" + cases
                + ") order by o.case_id, o.made_on, o.kind, o.description, k.sequence", "case_id");
        return byCase.values().stream().map(StringBuilder::toString).sorted().toList();
    }

    // Only the plan's complaints: another test's complaint given no tenancy reference can be linked to a generated
    // resident (by email, when it gives no tenancy reference); each query keeps to complaints received from the plan's start.

    /** The report rows of one estate's complaints, without what differs by sink, in a stable order. */
    private List<Map<String, Object>> rows(String tenancies) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.sql("""
                select r.* from report_stage r join resident_complaint l on l.complaint_id = r.complaint_id
                join resident s on s.id = l.resident_id where s.tenancy_reference like ? and l.received_on >= DATE '2062-04-01'""").param(tenancies).query(rs -> {
            Map<String, Object> row = new TreeMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String column = rs.getMetaData().getColumnLabel(i).toLowerCase();
                if (!List.of("complaint_id", "reference", "resident_id", "property_key", "prev_home_on", "next_home_on", "updated_at").contains(column)) {
                    row.put(column, rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
            }
            rows.add(row);
        });
        rows.sort(java.util.Comparator.comparing(Map::toString));
        return rows;
    }

    /** Each complaint's event types in order (payloads name the home and the complaint, which differ). */
    private List<String> events(String tenancies) {
        Map<String, StringBuilder> byComplaint = new TreeMap<>();
        jdbc.sql("""
                select e.complaint_id, l.received_on, e.event_type from complaint_event e
                join resident_complaint l on l.complaint_id = e.complaint_id join resident s on s.id = l.resident_id
                where s.tenancy_reference like ? and l.received_on >= DATE '2062-04-01' order by e.complaint_id, e.sequence""").param(tenancies)
                .query(rs -> {
                    String receivedOn = rs.getString(2);
                    byComplaint.computeIfAbsent(rs.getString(1), k -> new StringBuilder(receivedOn)).append(' ').append(rs.getString(3));
                });
        return byComplaint.values().stream().map(StringBuilder::toString).sorted().toList();
    }

    private List<String> queue(String tenancies) {
        return jdbc.sql("""
                select c.kind, c.status, c.stage, c.received_on, c.handler, c.next_step, c.next_deadline, c.closed_on, c.version
                from complaint c join resident_complaint l on l.complaint_id = c.id join resident s on s.id = l.resident_id
                where s.tenancy_reference like ? and l.received_on >= DATE '2062-04-01'""").param(tenancies)
                .query((rs, n) -> java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> {
                    try {
                        return String.valueOf(rs.getObject(i));
                    }
                    catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList().toString()).list().stream().sorted().toList();
    }
}

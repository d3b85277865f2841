package org.putright.ombudsman;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.putright.calendar.WorkingDays;
import org.putright.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ombudsman register's figures for reports (9.7 c; 8.1): what the Ombudsman took on, found and ordered in a period
 * and how far the orders have been complied with. Indexed range queries on the register's own rows.
 */
@Service
public class OmbudsmanRegister {

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    OmbudsmanRegister(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /** The figures for {@code from} to {@code to}, both days included. */
    @Transactional(readOnly = true)
    public OmbudsmanSummary summaryFor(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidRequestException("from", null, "Enter the first day of the period");
        }
        if (to == null) {
            throw new InvalidRequestException("to", null, "Enter the last day of the period");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", to, "The period cannot end (" + to + ") before it starts (" + from + ")");
        }
        LocalDate today = workingDays.today();
        LocalDate asOf = to.isBefore(today) ? to : today;

        int referred = jdbc.sql("select count(*) from ombudsman_case where referred_on >= ? and referred_on <= ?").params(from, to)
                .query(Integer.class).single();
        String latestInPeriod = """
                from ombudsman_determination d
                where d.determined_on >= ? and d.determined_on <= ?
                  and d.revision = (select max(l.revision) from ombudsman_determination l where l.case_id = d.case_id)""";
        int determined = jdbc.sql("select count(*) " + latestInPeriod).params(from, to).query(Integer.class).single();
        Map<Finding, Integer> findings = new EnumMap<>(Finding.class);
        for (Finding finding : Finding.values()) {
            findings.put(finding, 0);
        }
        jdbc.sql("select f.finding, count(*) from ombudsman_finding f join (select d.case_id, d.revision " + latestInPeriod
                + ") d on d.case_id = f.case_id and d.revision = f.revision group by f.finding")
                .params(from, to)
                .query(rs -> {
                    findings.put(Finding.valueOf(rs.getString(1)), rs.getInt(2));
                });
        int inJurisdiction = findings.entrySet().stream().filter(e -> e.getKey() != Finding.OUTSIDE_JURISDICTION)
                .mapToInt(Map.Entry::getValue).sum();
        int failings = findings.entrySet().stream().filter(e -> e.getKey().failing()).mapToInt(Map.Entry::getValue).sum();
        BigDecimal rate = inJurisdiction == 0 ? null
                : BigDecimal.valueOf(failings * 100L).divide(BigDecimal.valueOf(inJurisdiction), 1, RoundingMode.HALF_UP);

        List<OrderRow> orders = new ArrayList<>();
        jdbc.sql("""
                select o.kind, o.due_on, k.complied_on
                from ombudsman_order o
                left join ombudsman_compliance k on k.order_id = o.id
                     and k.sequence = (select max(l.sequence) from ombudsman_compliance l where l.order_id = o.id)
                where o.made_on >= ? and o.made_on <= ?""")
                .params(from, to)
                .query(rs -> {
                    orders.add(new OrderRow(OmbudsmanCases.OrderKind.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class)));
                });
        return new OmbudsmanSummary(from, to, asOf, referred, determined, findings, inJurisdiction, rate,
                count(orders, OmbudsmanCases.OrderKind.ORDER, asOf), count(orders, OmbudsmanCases.OrderKind.RECOMMENDATION, asOf),
                count(orders, OmbudsmanCases.OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER, asOf));
    }

    private record OrderRow(OmbudsmanCases.OrderKind kind, LocalDate dueOn, LocalDate compliedOn) {
    }

    private static OmbudsmanSummary.Orders count(List<OrderRow> rows, OmbudsmanCases.OrderKind kind, LocalDate asOf) {
        int made = 0;
        int complied = 0;
        int late = 0;
        int overdue = 0;
        for (OrderRow row : rows) {
            if (row.kind() != kind) {
                continue;
            }
            made++;
            boolean done = row.compliedOn() != null && !row.compliedOn().isAfter(asOf);
            if (done) {
                complied++;
                if (row.dueOn() != null && row.compliedOn().isAfter(row.dueOn())) {
                    late++;
                }
            }
            else if (kind.binding() && row.dueOn() != null && row.dueOn().isBefore(asOf)) {
                overdue++;
            }
        }
        return new OmbudsmanSummary.Orders(made, complied, late, overdue, made - complied - overdue);
    }
}

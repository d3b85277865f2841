package org.putright.remedies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The remedies module's figures for reports (9.6, 9.7, 8.1 e): actions promised in responses still open and overdue,
 * compensation paid, lessons recorded and service improvements made. Counting queries over indexed dates, never a loop
 * over cases.
 */
@Service
public class RemedyFigures {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    RemedyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code actionsOpen} / {@code actionsOverdue}: actions promised in any response not yet done, as of {@code today}
     * (overdue: due before it); the rest count what happened between {@code from} and {@code to} inclusive.
     */
    public record Figures(long actionsOpen, long actionsOverdue, BigDecimal compensationPaid, long paymentsMade, long lessonsRecorded,
            long improvementsProposed, long improvementsCompleted) {
    }

    @Transactional(readOnly = true)
    public Figures forPeriod(LocalDate from, LocalDate to, LocalDate today) {
        OffsetDateTime start = from.atStartOfDay(LONDON).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime();
        long[] actions = jdbc.sql("""
                select count(*), coalesce(sum(case when due_on < ? then 1 else 0 end), 0) from remedy_action where completed_on is null""")
                .param(today).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        Object[] paid = jdbc.sql("""
                select count(*), coalesce(sum(amount), 0) from remedy_event where event_type = 'PAID' and occurred_on between ? and ?""")
                .params(from, to).query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) }).single();
        long lessons = jdbc.sql("select count(*) from complaint_learning where recorded_at >= ? and recorded_at < ?").params(start, end)
                .query(Long.class).single();
        long proposed = jdbc.sql("select count(*) from service_improvement where created_at >= ? and created_at < ?").params(start, end)
                .query(Long.class).single();
        long completed = jdbc.sql("""
                select count(distinct improvement_id) from service_improvement_status
                where status = 'DONE' and changed_at >= ? and changed_at < ?""").params(start, end).query(Long.class).single();
        return new Figures(actions[0], actions[1], ((BigDecimal) paid[1]).setScale(2), (Long) paid[0], lessons, proposed, completed);
    }
}

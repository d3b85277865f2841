package org.putright.ombudsman;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders as the Ombudsman's orders (and complaint handling failure orders) fall due, and an alert once one is past
 * due with no compliance recorded (9.7 c). Each at most once per order and kind, however often and wherever it runs.
 * Recommendations are not binding and are not chased.
 */
@Service
class OmbudsmanReminders {

    enum Kind {
        REMINDER, OVERDUE
    }

    /** An alert with its order; {@code open} until compliance with the order is recorded. */
    record Alert(UUID id, Kind kind, UUID orderId, UUID caseId, String ombudsmanReference, String complaintReference,
            OmbudsmanCases.OrderKind orderKind, String description, LocalDate dueOn, LocalDate raisedOn, Instant raisedAt, boolean open) {
    }

    record Run(LocalDate on, int reminders, int overdue) {
    }

    private record DueOrder(UUID id, UUID caseId, String ombudsmanReference, UUID complaintId, String complaintReference, String kind,
            String description, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final int reminderWorkingDays;

    OmbudsmanReminders(JdbcClient jdbc, WorkingDays workingDays, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            @Value("${putright.ombudsman.reminder-working-days:5}") int reminderWorkingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reminderWorkingDays = reminderWorkingDays;
    }

    int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    /**
     * Raises today's reminders (due within the reminder window) and overdue alerts (due before today). Each alert is
     * written in its own transaction with its event, so a run that raced another to the same alert finds it there.
     */
    Run raiseDue() {
        LocalDate today = workingDays.today();
        LocalDate horizon = workingDays.addWorkingDays(today, reminderWorkingDays);
        List<DueOrder> due = jdbc.sql("""
                select o.id, o.case_id, c.ombudsman_reference, c.complaint_id, c.complaint_reference, o.kind, o.description, o.due_on
                from ombudsman_order o join ombudsman_case c on c.id = o.case_id
                where o.kind <> 'RECOMMENDATION' and o.due_on is not null and o.due_on <= ?
                  and not exists (select 1 from ombudsman_compliance k where k.order_id = o.id)
                order by o.due_on""")
                .param(horizon)
                .query((rs, n) -> new DueOrder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
        int reminders = 0;
        int overdue = 0;
        for (DueOrder order : due) {
            Kind kind = order.dueOn().isBefore(today) ? Kind.OVERDUE : Kind.REMINDER;
            if (raise(order, kind, today)) {
                if (kind == Kind.OVERDUE) {
                    overdue++;
                }
                else {
                    reminders++;
                }
            }
        }
        return new Run(today, reminders, overdue);
    }

    private boolean raise(DueOrder order, Kind kind, LocalDate today) {
        if (jdbc.sql("select count(*) from ombudsman_alert where order_id = ? and kind = ?").params(order.id(), kind.name())
                .query(Long.class).single() > 0) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                UUID id = UUID.randomUUID();
                jdbc.sql("insert into ombudsman_alert (id, order_id, kind, raised_on, raised_at) values (?, ?, ?, ?, ?)")
                        .params(id, order.id(), kind.name(), today, clock.instant().atOffset(ZoneOffset.UTC)).update();
                if (kind == Kind.OVERDUE) {
                    events.publishEvent(new OmbudsmanOrderOverdue(id, order.caseId(), order.ombudsmanReference(), order.complaintId(),
                            order.complaintReference(), order.id(), order.kind(), order.description(), order.dueOn(), today));
                }
            });
            return true;
        }
        catch (DuplicateKeyException raisedElsewhere) {
            return false;
        }
    }

    /** Alerts, most urgent first (overdue before reminders, then by due date); {@code openOnly} leaves out complied orders. */
    @Transactional(readOnly = true)
    List<Alert> list(boolean openOnly, UUID caseId) {
        String sql = """
                select a.id, a.kind, o.id, c.id, c.ombudsman_reference, c.complaint_reference, o.kind, o.description, o.due_on,
                       a.raised_on, a.raised_at,
                       case when exists (select 1 from ombudsman_compliance k where k.order_id = o.id) then 0 else 1 end
                from ombudsman_alert a
                join ombudsman_order o on o.id = a.order_id
                join ombudsman_case c on c.id = o.case_id
                where 1 = 1""";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (caseId != null) {
            sql += " and c.id = :caseId";
            params.put("caseId", caseId);
        }
        if (openOnly) {
            sql += " and not exists (select 1 from ombudsman_compliance k where k.order_id = o.id)";
        }
        sql += " order by case when a.kind = 'OVERDUE' then 0 else 1 end, o.due_on, c.ombudsman_reference";
        return jdbc.sql(sql).params(params).query((rs, n) -> new Alert(rs.getObject(1, UUID.class),
                Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                OmbudsmanCases.OrderKind.valueOf(rs.getString(7)), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getObject(11, OffsetDateTime.class).toInstant(), rs.getInt(12) == 1)).list();
    }
}

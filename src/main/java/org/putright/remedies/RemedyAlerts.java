package org.putright.remedies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and overdue alerts for the actions promised in responses (6.6, 6.17): a reminder when an open action falls
 * due within a few working days, an overdue alert once it is past its due date. Each at most once per action and kind,
 * whoever runs it and however often; acknowledging an alert is recorded beside it, never removes it.
 */
@Service
class RemedyAlerts {

    enum Kind {
        REMINDER, OVERDUE
    }

    /** An alert with its action and whether someone has acknowledged it; open until acknowledged or the action is done. */
    record Alert(UUID id, Kind kind, UUID complaintId, String reference, int stage, int actionIndex, String description,
            LocalDate dueOn, String owner, LocalDate actionCompletedOn, LocalDate raisedOn, Instant raisedAt,
            Instant acknowledgedAt, String acknowledgedBy) {

        public boolean open() {
            return acknowledgedAt == null && actionCompletedOn == null;
        }
    }

    /** What one run raised. */
    record Run(LocalDate on, int reminders, int overdue) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final PromisedActions actions;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;
    private final TransactionTemplate transactions;
    private final int reminderWorkingDays;

    RemedyAlerts(JdbcClient jdbc, WorkingDays workingDays, Clock clock, PromisedActions actions, ApplicationEventPublisher events,
            StaffDirectory staff, PlatformTransactionManager transactionManager,
            @Value("${putright.remedies.reminder-working-days:2}") int reminderWorkingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
        this.actions = actions;
        this.events = events;
        this.staff = staff;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reminderWorkingDays = reminderWorkingDays;
    }

    int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    /** DUE, DUE SOON (within the reminder window) or OVERDUE for an open action, as of {@code today}. */
    String status(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            return "OVERDUE";
        }
        return workingDays.workingDaysBetween(today, dueOn) <= reminderWorkingDays ? "DUE SOON" : "DUE";
    }

    /**
     * Raises today's reminders and overdue alerts. Each alert is written in its own transaction with its event, so a
     * second instance (or a second run) that raced to the same alert simply finds it there.
     */
    Run raiseDue() {
        LocalDate today = workingDays.today();
        LocalDate horizon = workingDays.addWorkingDays(today, reminderWorkingDays);
        int reminders = 0;
        int overdue = 0;
        for (PromisedActions.Action action : actions.openDueBy(horizon)) {
            Kind kind = action.dueOn().isBefore(today) ? Kind.OVERDUE : Kind.REMINDER;
            if (raise(action, kind, today)) {
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

    private boolean raise(PromisedActions.Action action, Kind kind, LocalDate today) {
        if (exists(action, kind)) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        insert into remedy_alert (id, complaint_id, stage, action_index, kind, raised_on, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, action.complaintId(), action.stage(), action.index(), kind.name(), today,
                                clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
                if (kind == Kind.OVERDUE) {
                    events.publishEvent(new OutstandingActionOverdue(id, action.complaintId(), action.reference(), action.stage(),
                            action.index(), action.description(), action.dueOn(), action.owner(), today));
                }
            });
            return true;
        }
        catch (DuplicateKeyException raisedElsewhere) {
            return false;
        }
    }

    private boolean exists(PromisedActions.Action action, Kind kind) {
        return jdbc.sql("select count(*) from remedy_alert where complaint_id = ? and stage = ? and action_index = ? and kind = ?")
                .params(action.complaintId(), action.stage(), action.index(), kind.name())
                .query(Long.class).single() > 0;
    }

    private static final String SELECT = """
            select a.id, a.kind, a.complaint_id, r.reference, a.stage, a.action_index, r.description, r.due_on, r.owner,
                   r.completed_on, a.raised_on, a.raised_at,
                   (select max(k.acknowledged_at) from remedy_alert_acknowledgement k where k.alert_id = a.id),
                   (select min(k.acknowledged_by) from remedy_alert_acknowledgement k where k.alert_id = a.id)
            from remedy_alert a
            join remedy_action r on r.complaint_id = a.complaint_id and r.stage = a.stage and r.action_index = a.action_index""";

    /** Alerts, newest first: all of them, only open ones, and/or one complaint's. */
    @Transactional(readOnly = true)
    List<Alert> list(boolean openOnly, UUID complaintId) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (openOnly) {
            sql.append(" and r.completed_on is null and not exists (select 1 from remedy_alert_acknowledgement k where k.alert_id = a.id)");
        }
        if (complaintId != null) {
            sql.append(" and a.complaint_id = :complaintId");
            params.put("complaintId", complaintId);
        }
        sql.append(" order by a.raised_at desc, r.reference asc, a.stage asc, a.action_index asc, a.kind asc");
        return new ArrayList<>(jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            OffsetDateTime acknowledged = rs.getObject(13, OffsetDateTime.class);
            return new Alert(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), rs.getString(4),
                    rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                    rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                    rs.getObject(12, OffsetDateTime.class).toInstant(), acknowledged == null ? null : acknowledged.toInstant(),
                    rs.getString(14));
        }).list());
    }

    @Transactional(readOnly = true)
    Alert get(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query((rs, n) -> {
            OffsetDateTime acknowledged = rs.getObject(13, OffsetDateTime.class);
            return new Alert(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), rs.getString(4),
                    rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                    rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                    rs.getObject(12, OffsetDateTime.class).toInstant(), acknowledged == null ? null : acknowledged.toInstant(),
                    rs.getString(14));
        }).optional().orElseThrow(() -> new NotFoundException("There is no alert " + id + "."));
    }

    /** Records that a member of staff has seen the alert; the alert itself stays. */
    @Transactional
    Alert acknowledge(UUID id) {
        Alert alert = get(id);
        if (alert.acknowledgedAt() != null) {
            throw new ConflictException("This alert was already acknowledged by " + alert.acknowledgedBy() + ".");
        }
        jdbc.sql("insert into remedy_alert_acknowledgement (alert_id, acknowledged_at, acknowledged_by) values (?, ?, ?)")
                .params(id, clock.instant().atOffset(ZoneOffset.UTC), staff.currentUsername())
                .update();
        return get(id);
    }
}

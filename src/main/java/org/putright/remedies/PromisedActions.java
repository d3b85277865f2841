package org.putright.remedies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.OutstandingAction;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's copy of the actions promised in responses (6.6, 6.17), kept in step by the complaint events in the
 * transaction that records them, so reminders and the promises page never read the complaints module's tables.
 */
@Component
class PromisedActions {

    /** An action as the alerts and the promises page see it. */
    record Action(UUID complaintId, String reference, int stage, int index, String description, LocalDate dueOn, String owner,
            LocalDate completedOn) {
    }

    private final JdbcClient jdbc;
    private final ComplaintService complaints;

    PromisedActions(JdbcClient jdbc, ComplaintService complaints) {
        this.jdbc = jdbc;
        this.complaints = complaints;
    }

    @EventListener
    void on(ComplaintEvent.StageResponded responded) {
        List<OutstandingAction> actions = responded.outstandingActions();
        if (actions == null || actions.isEmpty()) {
            return;
        }
        String reference = complaints.get(responded.complaintId()).reference();
        for (int i = 0; i < actions.size(); i++) {
            OutstandingAction action = actions.get(i);
            jdbc.sql("""
                    insert into remedy_action (complaint_id, stage, action_index, reference, description, due_on, owner)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(responded.complaintId(), responded.stage(), i, reference, action.description(), action.dueOn(),
                            action.owner())
                    .update();
        }
    }

    @EventListener
    void on(ComplaintEvent.OutstandingActionCompleted completed) {
        jdbc.sql("update remedy_action set completed_on = ? where complaint_id = ? and stage = ? and action_index = ?")
                .params(completed.completedOn(), completed.complaintId(), completed.stage(), completed.actionIndex())
                .update();
    }

    /** Open actions (not completed), soonest due first; optionally one owner's, or only those due before {@code overdueBefore}. */
    List<Action> open(String owner, LocalDate overdueBefore) {
        StringBuilder sql = new StringBuilder("""
                select complaint_id, reference, stage, action_index, description, due_on, owner, completed_on
                from remedy_action where completed_on is null""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (owner != null && !owner.isBlank()) {
            sql.append(" and owner = :owner");
            params.put("owner", owner);
        }
        if (overdueBefore != null) {
            sql.append(" and due_on < :today");
            params.put("today", overdueBefore);
        }
        sql.append(" order by due_on asc, reference asc, stage asc, action_index asc");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                rs.getObject(8, LocalDate.class))).list();
    }

    /** Open actions due on or before {@code until} (overdue ones included): what the daily alert run looks at. */
    List<Action> openDueBy(LocalDate until) {
        return jdbc.sql("""
                select complaint_id, reference, stage, action_index, description, due_on, owner, completed_on
                from remedy_action where completed_on is null and due_on <= ?
                order by due_on asc, reference asc, stage asc, action_index asc""")
                .param(until)
                .query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
    }

    List<Action> forComplaint(UUID complaintId) {
        return jdbc.sql("""
                select complaint_id, reference, stage, action_index, description, due_on, owner, completed_on
                from remedy_action where complaint_id = ? order by stage, action_index""")
                .param(complaintId)
                .query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
    }

    /** The owners named on open actions, for the promises page's filter. */
    List<String> openOwners() {
        return new ArrayList<>(jdbc.sql("select distinct owner from remedy_action where completed_on is null and owner is not null order by owner")
                .query(String.class).list());
    }
}

package org.putright.remedies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether what was promised was done (7.3) and what was learned (9.1), read from this module's records for figures over
 * many complaints: batched queries, never one per case.
 */
@Service
public class FollowThrough {

    /** An action promised in a response; {@code completedOn} null while it is not done. */
    public record PromisedAction(UUID complaintId, String reference, int stage, int index, String description, LocalDate dueOn,
            LocalDate completedOn) {
    }

    /**
     * Where a remedy offered in a response has got to: {@code status} is ACCEPTED, DECLINED or PAID (the latest step
     * recorded), {@code on} the day of that step. A remedy with no step recorded is still only offered and has no row.
     */
    public record RemedyOutcome(UUID complaintId, int stage, int index, String status, LocalDate on) {
    }

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    FollowThrough(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Actions promised in responses that fell due between {@code from} and {@code to} inclusive, soonest first. */
    @Transactional(readOnly = true)
    public List<PromisedAction> actionsDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select complaint_id, reference, stage, action_index, description, due_on, completed_on from remedy_action
                where due_on between ? and ? order by due_on, reference, stage, action_index""")
                .params(from, to)
                .query((rs, n) -> new PromisedAction(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** The latest step recorded for each remedy offered on these complaints. */
    @Transactional(readOnly = true)
    public List<RemedyOutcome> remedyOutcomes(Collection<UUID> complaintIds) {
        List<RemedyOutcome> found = new ArrayList<>();
        List<UUID> ids = List.copyOf(complaintIds);
        for (int first = 0; first < ids.size(); first += BATCH) {
            found.addAll(jdbc.sql("""
                    select e.complaint_id, e.stage, e.remedy_index, e.event_type, e.occurred_on from remedy_event e
                    where e.complaint_id in (:ids) and e.sequence = (select max(l.sequence) from remedy_event l
                        where l.complaint_id = e.complaint_id and l.stage = e.stage and l.remedy_index = e.remedy_index)""")
                    .param("ids", ids.subList(first, Math.min(ids.size(), first + BATCH)))
                    .query((rs, n) -> new RemedyOutcome(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)))
                    .list());
        }
        return found;
    }

    /** Which of these complaints have had what was learned from them recorded (9.1). */
    @Transactional(readOnly = true)
    public Set<UUID> withLearning(Collection<UUID> complaintIds) {
        Set<UUID> found = new HashSet<>();
        List<UUID> ids = List.copyOf(complaintIds);
        for (int first = 0; first < ids.size(); first += BATCH) {
            found.addAll(jdbc.sql("select distinct complaint_id from complaint_learning where complaint_id in (:ids)")
                    .param("ids", ids.subList(first, Math.min(ids.size(), first + BATCH))).query(UUID.class).list());
        }
        return found;
    }
}

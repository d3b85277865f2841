package org.putright.complaints;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintEvent.Recorded;
import org.putright.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends a complaint's new events and keeps its projection row in step, in the caller's transaction, then
 * publishes the events (Spring Modulith records the publications for listeners in other modules). Only INSERTs
 * touch complaint_event.
 */
@Repository
class ComplaintStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Schemes schemes;
    private final ApplicationEventPublisher publisher;

    ComplaintStore(JdbcClient jdbc, JsonMapper json, Schemes schemes, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        // the record outlives the code: old events must still load after a field is retired, whatever the API's strictness
        this.json = json.rebuild().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.schemes = schemes;
        this.publisher = publisher;
    }

    Optional<Complaint> load(UUID id) {
        List<ComplaintEvent> history = history(id).stream().map(Recorded::event).toList();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Complaint.replay(history, schemeId -> schemes.byId(schemeId)
                .orElseThrow(() -> new IllegalStateException("Unknown scheme " + schemeId))));
    }

    List<Recorded> history(UUID id) {
        return jdbc.sql("select sequence, event_type, occurred_at, actor, payload from complaint_event where complaint_id = ? order by sequence")
                .param(id)
                .query((rs, n) -> new Recorded(id, rs.getInt(1), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                        json.readValue(rs.getString(5), eventClass(rs.getString(2)))))
                .list();
    }

    /** Appends the complaint's pending events and updates its projection; refuses if someone else changed it first. */
    void save(Complaint complaint, String actor, Instant now, WorkingDayCalendar calendar) {
        List<ComplaintEvent> pending = complaint.pendingEvents();
        if (pending.isEmpty()) {
            return;
        }
        int previousVersion = complaint.version();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (previousVersion == 0) {
            insertProjection(complaint, calendar, at, pending.size());
        }
        else {
            int updated = updateProjection(complaint, calendar, at, previousVersion, previousVersion + pending.size());
            if (updated == 0) {
                throw new ConflictException("Complaint " + complaint.reference()
                        + " was changed by someone else at the same time. Reload it and try again.");
            }
        }
        int sequence = previousVersion;
        for (ComplaintEvent event : pending) {
            sequence++;
            jdbc.sql("insert into complaint_event (complaint_id, sequence, event_type, occurred_at, actor, payload) values (?, ?, ?, ?, ?, ?)")
                    .params(complaint.id(), sequence, event.type(), at, actor, json.writeValueAsString(event))
                    .update();
        }
        for (ComplaintEvent event : pending) {
            projectOutstandingActions(complaint, event);
        }
        pending.forEach(publisher::publishEvent);
        complaint.markCommitted();
    }

    private void insertProjection(Complaint complaint, WorkingDayCalendar calendar, OffsetDateTime at, int version) {
        Complaint.NextStep next = complaint.nextStep(calendar);
        jdbc.sql("""
                insert into complaint (id, reference, kind, status, stage, scheme, channel, received_at, received_on, resident_name,
                    tenancy_reference, search_text, handler, next_step, next_deadline, version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(complaint.id(), complaint.reference(), kind(complaint), complaint.status().name(), complaint.stage(),
                        complaint.scheme().id(), complaint.channel().name(), complaint.receivedAt().atOffset(ZoneOffset.UTC),
                        complaint.receivedOn(), complaint.resident().name(), complaint.resident().tenancyReference(),
                        searchText(complaint), complaint.handler(), next == null ? null : next.step(),
                        next == null ? null : next.dueOn(), version, at)
                .update();
    }

    private int updateProjection(Complaint complaint, WorkingDayCalendar calendar, OffsetDateTime at, int expectedVersion,
            int newVersion) {
        Complaint.NextStep next = complaint.nextStep(calendar);
        return jdbc.sql("""
                update complaint set kind = ?, status = ?, stage = ?, handler = ?, next_step = ?, next_deadline = ?, version = ?,
                    updated_at = ?
                where id = ? and version = ?""")
                .params(kind(complaint), complaint.status().name(), complaint.stage(), complaint.handler(),
                        next == null ? null : next.step(), next == null ? null : next.dueOn(), newVersion, at, complaint.id(),
                        expectedVersion)
                .update();
    }

    /** Keeps outstanding_action (the cross-case list of promised actions, 6.6 / 6.17) in step with the record. */
    private void projectOutstandingActions(Complaint complaint, ComplaintEvent event) {
        switch (event) {
            case ComplaintEvent.StageResponded responded -> {
                List<OutstandingAction> actions = responded.outstandingActions();
                for (int i = 0; i < actions.size(); i++) {
                    jdbc.sql("""
                            insert into outstanding_action (complaint_id, stage, action_index, reference, description, due_on, owner)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                            .params(complaint.id(), responded.stage(), i, complaint.reference(), actions.get(i).description(),
                                    actions.get(i).dueOn(), actions.get(i).owner())
                            .update();
                }
            }
            case ComplaintEvent.OutstandingActionCompleted completed -> jdbc.sql("""
                    update outstanding_action set completed_on = ?
                    where complaint_id = ? and stage = ? and action_index = ?""")
                    .params(completed.completedOn(), complaint.id(), completed.stage(), completed.actionIndex())
                    .update();
            default -> {
            }
        }
    }

    /** Deadlines are derived from the calendar: when it changes, open complaints' queue positions are recomputed. */
    int refreshOpenDeadlines(WorkingDayCalendar calendar) {
        List<UUID> open = jdbc.sql("select id from complaint where next_deadline is not null").query(UUID.class).list();
        int changed = 0;
        for (UUID id : open) {
            Complaint complaint = load(id).orElseThrow();
            Complaint.NextStep next = complaint.nextStep(calendar);
            changed += jdbc.sql("update complaint set next_deadline = ? where id = ? and version = ?")
                    .params(next == null ? null : next.dueOn(), id, complaint.version()).update();
        }
        return changed;
    }

    private static String kind(Complaint complaint) {
        return complaint.isServiceRequest() ? "SERVICE_REQUEST" : "COMPLAINT";
    }

    private static String searchText(Complaint complaint) {
        String text = String.join(" ", complaint.reference(), complaint.resident().name(),
                complaint.resident().tenancyReference() == null ? "" : complaint.resident().tenancyReference(),
                complaint.resident().postcode() == null ? "" : complaint.resident().postcode());
        text = text.toLowerCase(Locale.ROOT);
        return text.length() > 600 ? text.substring(0, 600) : text;
    }

    private static Class<? extends ComplaintEvent> eventClass(String type) {
        Class<? extends ComplaintEvent> type1 = ComplaintEvent.types().get(type);
        if (type1 == null) {
            throw new IllegalStateException("Unknown complaint event type " + type);
        }
        return type1;
    }
}

package org.putright.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintEvent.Recorded;
import org.putright.shared.ConflictException;
import org.putright.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends a complaint's new events and keeps its projection row in step, in the caller's transaction, then
 * publishes the events (Spring Modulith records the publications for listeners in other modules). Only INSERTs
 * touch complaint_event, with one exception: {@link #anonymise} rewrites a finished case's events without their personal
 * data once the retention policy says so (docs/decisions/0013).
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

    /** Several complaints rebuilt from their records with one query, for reports over many cases. */
    Map<UUID, Complaint> loadAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ComplaintEvent>> histories = new LinkedHashMap<>();
        jdbc.sql("select complaint_id, event_type, payload from complaint_event where complaint_id in (:ids) order by complaint_id, sequence")
                .param("ids", ids)
                .query(rs -> {
                    histories.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(json.readValue(rs.getString(3), eventClass(rs.getString(2))));
                });
        Map<UUID, Complaint> complaints = new LinkedHashMap<>();
        histories.forEach((id, history) -> complaints.put(id, Complaint.replay(history, schemeId -> schemes.byId(schemeId)
                .orElseThrow(() -> new IllegalStateException("Unknown scheme " + schemeId)))));
        return complaints;
    }

    /** The records of several complaints with one query, oldest event first, for reads over many cases. */
    Map<UUID, List<Recorded>> histories(Collection<UUID> ids) {
        Map<UUID, List<Recorded>> histories = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return histories;
        }
        jdbc.sql("""
                select complaint_id, sequence, event_type, occurred_at, actor, payload from complaint_event
                where complaint_id in (:ids) order by complaint_id, sequence""")
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    histories.computeIfAbsent(id, k -> new ArrayList<>()).add(new Recorded(id, rs.getInt(2),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                            json.readValue(rs.getString(6), eventClass(rs.getString(3)))));
                });
        return histories;
    }

    /** A complaint rebuilt from a record read by {@link #histories}. */
    Complaint rebuild(List<Recorded> history) {
        return Complaint.replay(history.stream().map(Recorded::event).toList(), schemeId -> schemes.byId(schemeId)
                .orElseThrow(() -> new IllegalStateException("Unknown scheme " + schemeId)));
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
        Map<String, Object> columns = projection(complaint, calendar, at, version);
        jdbc.sql("insert into complaint (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")
                .params(new ArrayList<>(columns.values())).update();
    }

    /** The complaint's projection row, column by column (also what a bulk load writes: {@link ComplaintRecordRows}). */
    static Map<String, Object> projection(Complaint complaint, WorkingDayCalendar calendar, OffsetDateTime at, int version) {
        Complaint.NextStep next = complaint.nextStep(calendar);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", complaint.id());
        row.put("reference", complaint.reference());
        row.put("kind", kind(complaint));
        row.put("status", complaint.status().name());
        row.put("stage", complaint.stage());
        row.put("scheme", complaint.scheme().id());
        row.put("channel", complaint.channel().name());
        row.put("received_at", complaint.receivedAt().atOffset(ZoneOffset.UTC));
        row.put("received_on", complaint.receivedOn());
        row.put("resident_name", complaint.resident().name());
        row.put("tenancy_reference", complaint.resident().tenancyReference());
        row.put("search_text", searchText(complaint));
        row.put("handler", complaint.handler());
        row.put("next_step", next == null ? null : next.step());
        row.put("next_deadline", next == null ? null : next.dueOn());
        row.put("version", version);
        row.put("updated_at", at);
        row.put("priority", complaint.priority());
        row.put("risk_flags", riskFlags(complaint));
        row.put("legal_hold", complaint.legalHold());
        row.put("closed_on", complaint.finishedOn());
        row.put("anonymised_on", complaint.anonymisedOn());
        return row;
    }

    String payload(ComplaintEvent event) {
        return json.writeValueAsString(event);
    }

    private int updateProjection(Complaint complaint, WorkingDayCalendar calendar, OffsetDateTime at, int expectedVersion,
            int newVersion) {
        Complaint.NextStep next = complaint.nextStep(calendar);
        return jdbc.sql("""
                update complaint set kind = ?, status = ?, stage = ?, handler = ?, next_step = ?, next_deadline = ?, version = ?,
                    updated_at = ?, priority = ?, risk_flags = ?, legal_hold = ?, closed_on = ?, anonymised_on = ?
                where id = ? and version = ?""")
                .params(kind(complaint), complaint.status().name(), complaint.stage(), complaint.handler(),
                        next == null ? null : next.step(), next == null ? null : next.dueOn(), newVersion, at, complaint.priority(),
                        riskFlags(complaint), complaint.legalHold(), complaint.finishedOn(), complaint.anonymisedOn(), complaint.id(),
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

    // ---------------------------------------------------------------- retention

    /** Who the record names for anonymisation: the retention policy, not a member of staff. */
    static final String RETENTION_ACTOR = "retention";
    /** What replaces free text once personal data is removed. */
    static final String REMOVED = ComplaintEvent.PersonalDataAnonymised.REMOVED;
    static final String ANONYMISED_RESIDENT = "Anonymised resident";
    static final String ANONYMISED_REPRESENTATIVE = "Anonymised representative";

    /** Complaints that may be due: finished before the cut-off, not held, not yet anonymised; oldest first. */
    List<UUID> retentionCandidates(LocalDate finishedBefore) {
        return jdbc.sql("""
                select id from complaint where anonymised_on is null and closed_on < ? and legal_hold = false
                order by closed_on, id""")
                .param(finishedBefore).query(UUID.class).list();
    }

    /**
     * The one exception to append-only (UK GDPR storage limitation; docs/decisions/0013): rewrites this complaint's
     * events as redacted copies, blanks the personal columns of its projection rows, then appends and publishes
     * {@code PersonalDataAnonymised} so other modules scrub their copies in this transaction. The aggregate refuses a case
     * under a legal hold, one not yet past the policy period, or one already anonymised. Returns the case as it is now.
     */
    Complaint anonymise(UUID id, RetentionPolicy policy, LocalDate today, Instant now, WorkingDayCalendar calendar) {
        Complaint complaint = load(id).orElseThrow(() -> new NotFoundException("No complaint with id " + id));
        complaint.anonymise(policy, today);
        for (Recorded recorded : history(id)) {
            ComplaintEvent redacted = redact(recorded.event());
            if (!redacted.equals(recorded.event())) {
                jdbc.sql("update complaint_event set payload = ? where complaint_id = ? and sequence = ?")
                        .params(json.writeValueAsString(redacted), id, recorded.sequence())
                        .update();
            }
        }
        jdbc.sql("update outstanding_action set description = ? where complaint_id = ?").params(REMOVED, id).update();
        jdbc.sql("update complaint set resident_name = ?, tenancy_reference = null, search_text = ? where id = ?")
                .params(ANONYMISED_RESIDENT, complaint.reference().toLowerCase(Locale.ROOT), id).update();
        // the hash of the original request identifies nothing by itself, but it was only ever for retried creates
        jdbc.sql("delete from idempotency_key where complaint_id = ?").param(id).update();
        save(complaint, RETENTION_ACTOR, now, calendar);
        return load(id).orElseThrow();
    }

    /**
     * A copy of the event without the personal data: names, contact details and every free text go; dates, stages,
     * statuses, decisions, channel, scheme, refusal grounds, remedy types and amounts, extension days, flags and the counts
     * of points and actions stay, so statistics and timeliness come out the same. Exhaustive over the sealed events, so a
     * new event type cannot be added without deciding what of it is personal.
     */
    static ComplaintEvent redact(ComplaintEvent event) {
        return switch (event) {
            case ComplaintEvent.ComplaintReceived e -> new ComplaintEvent.ComplaintReceived(e.complaintId(), e.reference(), e.scheme(),
                    e.receivedAt(), e.receivedOn(), e.channel(), redact(e.resident()), redact(e.representative()), removed(e.description()),
                    e.issueOccurredOn(), e.linkedFrom(), e.linkReason(), removed(e.outcomeSought()), removed(e.contactPreference()),
                    removed(e.supportNeeds()));
            case ComplaintEvent.TriagedAsComplaint e -> new ComplaintEvent.TriagedAsComplaint(e.complaintId(), removed(e.notes()));
            case ComplaintEvent.TriagedAsServiceRequest e -> new ComplaintEvent.TriagedAsServiceRequest(e.complaintId(), removed(e.reasons()),
                    e.residentToldOfRightToComplain());
            case ComplaintEvent.ServiceRequestResolved e -> new ComplaintEvent.ServiceRequestResolved(e.complaintId(), e.resolvedOn(),
                    removed(e.summary()));
            case ComplaintEvent.ComplaintNotAccepted e -> new ComplaintEvent.ComplaintNotAccepted(e.complaintId(), e.ground(),
                    removed(e.reasons()), removed(e.discretionConsidered()), e.decidedOn(), e.ombudsmanSignposted());
            case ComplaintEvent.StageAcknowledged e -> new ComplaintEvent.StageAcknowledged(e.complaintId(), e.stage(), e.acknowledgedOn(),
                    e.handler(), redact(e.definition()));
            // staff, not the resident: who handled a case is kept with the case
            case ComplaintEvent.HandlerAssigned e -> e;
            case ComplaintEvent.ResponseDeadlineExtended e -> new ComplaintEvent.ResponseDeadlineExtended(e.complaintId(), e.stage(),
                    e.workingDays(), removed(e.reason()), e.residentInformedOn(), removed(e.goodReason()), e.newRespondBy(),
                    e.updateEveryWorkingDays());
            case ComplaintEvent.AdditionalComplaintJoined e -> new ComplaintEvent.AdditionalComplaintJoined(e.complaintId(), e.stage(),
                    e.receivedAt(), removed(e.description()));
            // the reason is PutRight's own wording (the provision and the other case's reference), never typed by anyone
            case ComplaintEvent.LinkedComplaintRaised e -> e;
            // the escalation route is PutRight's own wording too (how to escalate, the Ombudsman's details)
            case ComplaintEvent.StageResponded e -> new ComplaintEvent.StageResponded(e.complaintId(), e.stage(), e.respondedOn(),
                    e.decision(), removed(e.reasons()),
                    e.points() == null ? null : e.points().stream()
                            .map(p -> new PointDecision(removed(p.point()), p.decision(), removed(p.reasons()))).toList(),
                    e.remedies() == null ? null : e.remedies().stream()
                            .map(r -> new Remedy(r.type(), removed(r.description()), r.dueOn(), r.financial())).toList(),
                    e.outstandingActions() == null ? null : e.outstandingActions().stream()
                            .map(a -> new OutstandingAction(removed(a.description()), a.dueOn(), a.owner())).toList(),
                    removed(e.noRemedyReason()), e.noOutstandingActions(), e.escalationRoute());
            case ComplaintEvent.EscalationRequested e -> new ComplaintEvent.EscalationRequested(e.complaintId(), e.toStage(),
                    e.requestedOn(), removed(e.residentReason()));
            case ComplaintEvent.EscalationRefused e -> new ComplaintEvent.EscalationRefused(e.complaintId(), e.stage(), e.ground(),
                    removed(e.reasons()), removed(e.discretionConsidered()), e.decidedOn(), e.ombudsmanSignposted());
            case ComplaintEvent.ComplaintClosed e -> new ComplaintEvent.ComplaintClosed(e.complaintId(), e.closedOn(), removed(e.reason()));
            case ComplaintEvent.NoteAdded e -> new ComplaintEvent.NoteAdded(e.complaintId(), removed(e.text()));
            case ComplaintEvent.OutstandingActionCompleted e -> new ComplaintEvent.OutstandingActionCompleted(e.complaintId(), e.stage(),
                    e.actionIndex(), removed(e.description()), e.completedOn(), removed(e.evidence()));
            // the flags are kept: once nobody can be identified they are statistics of what residents faced
            case ComplaintEvent.RiskFlagsRecorded e -> new ComplaintEvent.RiskFlagsRecorded(e.complaintId(), e.flags(), removed(e.notes()));
            case ComplaintEvent.EarlyResolutionConsidered e -> new ComplaintEvent.EarlyResolutionConsidered(e.complaintId(),
                    e.canResolveEarly(), removed(e.notes()));
            case ComplaintEvent.LegalHoldPlaced e -> new ComplaintEvent.LegalHoldPlaced(e.complaintId(), removed(e.reason()));
            case ComplaintEvent.LegalHoldLifted e -> new ComplaintEvent.LegalHoldLifted(e.complaintId(), removed(e.reason()));
            // codes from the landlord's lists: no personal data, and the themes outlive the names
            case ComplaintEvent.Categorised e -> e;
            // the policy's own words and dates
            case ComplaintEvent.PersonalDataAnonymised e -> e;
        };
    }

    private static Resident redact(Resident resident) {
        return resident == null ? null : new Resident(ANONYMISED_RESIDENT, null, null, null, outwardCode(resident.postcode()));
    }

    private static Representative redact(Representative representative) {
        return representative == null ? null
                : new Representative(ANONYMISED_REPRESENTATIVE, representative.relationship(), null, null, representative.consentGiven());
    }

    private static Definition redact(Definition definition) {
        return definition == null ? null
                : new Definition(removed(definition.summary()), removed(definition.points()), removed(definition.outcomesSought()),
                        removed(definition.responsibleFor()), removed(definition.notResponsibleFor()),
                        removed(definition.clarificationRequested()));
    }

    /** Free text replaced, absent text left absent (whether something was said is kept, not what). */
    private static String removed(String text) {
        return text == null ? null : REMOVED;
    }

    private static List<String> removed(List<String> texts) {
        return texts == null ? null : texts.stream().map(ComplaintStore::removed).toList();
    }

    private static final java.util.regex.Pattern FULL_POSTCODE = java.util.regex.Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    private static final java.util.regex.Pattern OUTWARD_CODE = java.util.regex.Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    /** The outward code of a UK postcode ("SW1A 1AA" to "SW1A"): an area of thousands of homes. Null for anything else. */
    static String outwardCode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        java.util.regex.Matcher full = FULL_POSTCODE.matcher(compact);
        if (full.matches()) {
            return full.group(1);
        }
        return OUTWARD_CODE.matcher(compact).matches() ? compact : null;
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

    private static String riskFlags(Complaint complaint) {
        return complaint.riskFlags().isEmpty() ? null
                : String.join(",", complaint.riskFlags().stream().map(Enum::name).toList());
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

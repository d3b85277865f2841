package org.putright.complaints;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint-handling figures for a period, for the landlord's annual performance report and self-assessment. They are
 * counted from the record's dates, stages, decisions and grounds, with timeliness from the complaint itself (a response
 * inside an agreed extension is within the timescale), so they come out the same after the retention policy has removed
 * the personal data.
 */
@Service
public class ComplaintStatistics {

    /** The figures for one stage; "within timescale" counts the acknowledgements and responses that met their deadline. */
    public record StageFigures(int stage, int received, int acknowledged, int acknowledgedWithinTimescale, int responsesIssued,
            int respondedWithinTimescale, int refused, Map<Decision, Integer> decisions) {
    }

    /**
     * {@code stages}: stage 1 counts complaints received in the period (service requests apart), stage 2 the escalation
     * requests; {@code refusalsByGround}: refusals at either stage by the policy ground's code.
     */
    public record Figures(LocalDate from, LocalDate to, List<StageFigures> stages, int serviceRequestsReceived,
            Map<String, Integer> refusalsByGround) {
    }

    /** Complaints read per query: big enough to save round trips, small enough for any database's IN list. */
    private static final int BATCH = 500;

    private final ComplaintStore store;
    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    ComplaintStatistics(ComplaintStore store, JdbcClient jdbc, WorkingDays workingDays) {
        this.store = store;
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /** From and to inclusive, as business dates (Europe/London). */
    @Transactional(readOnly = true)
    public Figures forPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", null, "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", to.toString(), "cannot be before from (" + from + ")");
        }
        // a step in the period can only belong to a case received by its end and not finished before its start (a
        // finished case's steps are all dated on or before the day it was finished); a day's margin for the finish dates
        // V15 estimated from UTC timestamps
        List<UUID> ids = jdbc.sql("select id from complaint where received_on <= ? and (closed_on is null or closed_on >= ?)")
                .params(to, from.minusDays(1)).query(UUID.class).list();
        WorkingDayCalendar calendar = workingDays.current();
        LocalDate today = workingDays.today();
        Counter[] stages = { new Counter(1), new Counter(2) };
        int serviceRequests = 0;
        Map<String, Integer> byGround = new TreeMap<>();
        for (int first = 0; first < ids.size(); first += BATCH) {
            for (Complaint complaint : store.loadAll(ids.subList(first, Math.min(ids.size(), first + BATCH))).values()) {
                count(complaint, from, to, today, calendar, stages, byGround);
                if (complaint.isServiceRequest() && within(complaint.receivedOn(), from, to)) {
                    serviceRequests++;
                }
            }
        }
        return new Figures(from, to, List.of(stages[0].figures(), stages[1].figures()), serviceRequests, byGround);
    }

    /** Adds what happened to this complaint within the period to each stage's figures (service requests have no stages). */
    private static void count(Complaint complaint, LocalDate from, LocalDate to, LocalDate today, WorkingDayCalendar calendar,
            Counter[] stages, Map<String, Integer> byGround) {
        if (complaint.isServiceRequest()) {
            return;
        }
        for (Complaint.StageRecord record : complaint.stages()) {
            if (record.stage > stages.length) {
                continue;
            }
            Counter counter = stages[record.stage - 1];
            LocalDate received = record.stage == 1 ? complaint.receivedOn() : record.escalationRequestedOn;
            if (within(received, from, to)) {
                counter.received++;
            }
            if (within(record.acknowledgedOn, from, to)) {
                counter.acknowledged++;
                if (complaint.acknowledgementTimeliness(record.stage, today, calendar) == Timeliness.MET) {
                    counter.acknowledgedWithin++;
                }
            }
            if (record.response != null && within(record.response.respondedOn(), from, to)) {
                counter.responses++;
                if (complaint.responseTimeliness(record.stage, today, calendar) == Timeliness.MET) {
                    counter.respondedWithin++;
                }
                if (record.response.decision() != null) {
                    counter.decisions.merge(record.response.decision(), 1, Integer::sum);
                }
            }
            if (record.refusal != null && within(record.refusal.decidedOn(), from, to)) {
                counter.refused++;
                byGround.merge(record.refusal.ground(), 1, Integer::sum);
            }
        }
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static final class Counter {

        final int stage;
        int received;
        int acknowledged;
        int acknowledgedWithin;
        int responses;
        int respondedWithin;
        int refused;
        final Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);

        Counter(int stage) {
            this.stage = stage;
        }

        StageFigures figures() {
            Map<Decision, Integer> all = new EnumMap<>(Decision.class);
            for (Decision decision : Decision.values()) {
                all.put(decision, decisions.getOrDefault(decision, 0));
            }
            return new StageFigures(stage, received, acknowledged, acknowledgedWithin, responses, respondedWithin, refused, all);
        }
    }
}

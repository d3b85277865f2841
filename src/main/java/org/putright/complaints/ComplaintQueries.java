package org.putright.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work queues and search over the projection: filtered, flagged cases first then by the next deadline, paged. */
@Service
public class ComplaintQueries {

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final ComplaintViews views;
    private final ComplaintStore store;

    ComplaintQueries(JdbcClient jdbc, WorkingDays workingDays, ComplaintViews views, ComplaintStore store) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.views = views;
        this.store = store;
    }

    /**
     * Ids of the complaints (and service requests) received on or before {@code receivedBy} and not finished before
     * {@code finishedFrom} (still open, or closed, refused or answered on or after it): every case that can have a step
     * dated or due in a period ending {@code receivedBy}, for figures over a period. Served by complaint_received_idx.
     */
    @Transactional(readOnly = true)
    public List<UUID> receivedByAndNotFinishedBefore(LocalDate receivedBy, LocalDate finishedFrom) {
        return jdbc.sql("select id from complaint where received_on <= ? and (closed_on is null or closed_on >= ?) order by received_on, id")
                .params(receivedBy, finishedFrom).query(UUID.class).list();
    }

    /**
     * Several complaints as {@link ComplaintService#get} shows each, read with one query for the lot (callers pass a
     * few hundred ids at a time); in the order given, missing ids left out.
     */
    @Transactional(readOnly = true)
    public List<ComplaintView> views(java.util.Collection<UUID> ids) {
        WorkingDayCalendar calendar = workingDays.current();
        LocalDate today = workingDays.today();
        Map<UUID, List<ComplaintEvent.Recorded>> histories = store.histories(ids);
        List<ComplaintView> found = new ArrayList<>();
        for (UUID id : ids) {
            List<ComplaintEvent.Recorded> history = histories.get(id);
            if (history != null && !history.isEmpty()) {
                found.add(views.view(store.rebuild(history), history, calendar, today));
            }
        }
        return found;
    }

    /**
     * @param openOnly only cases with a next deadline (awaiting acknowledgement or under investigation): the staff work
     *        queue's default, served by the deadline indexes without reading closed cases
     */
    public record Filter(List<Status> statuses, Integer stage, String handler, Channel channel, String kind, boolean overdueOnly,
            boolean dueSoonOnly, String text, boolean openOnly, boolean priorityOnly) {

        /** {@code priorityOnly}: only cases a risk flag puts ahead in the queue (6.1). */
        public Filter(List<Status> statuses, Integer stage, String handler, Channel channel, String kind, boolean overdueOnly,
                boolean dueSoonOnly, String text, boolean openOnly) {
            this(statuses, stage, handler, channel, kind, overdueOnly, dueSoonOnly, text, openOnly, false);
        }

        /** Every case, open or not (the REST API's filter). */
        public Filter(List<Status> statuses, Integer stage, String handler, Channel channel, String kind, boolean overdueOnly,
                boolean dueSoonOnly, String text) {
            this(statuses, stage, handler, channel, kind, overdueOnly, dueSoonOnly, text, false);
        }
    }

    /**
     * {@code priority}: the weight of the most serious risk flag while the team has work on the case (0 otherwise);
     * {@code riskFlags}: the flags recorded now.
     */
    public record Summary(UUID id, String reference, String kind, Status status, int stage, String scheme, Channel channel,
            LocalDate receivedOn, String residentName, String tenancyReference, String handler,
            ComplaintView.DeadlineStatus deadlineStatus, int priority, List<RiskFlag> riskFlags) {
    }

    public record Page(List<Summary> items, int page, int size, long totalItems, int totalPages) {
    }

    public record Counts(long openAtStage1, long openAtStage2, long overdue, long dueSoon) {
    }

    /** One action promised in a response, across cases (6.6, 6.17): overdue when due before today and not completed. */
    public record ActionSummary(String reference, UUID complaintId, int stage, int index, String description, LocalDate dueOn,
            LocalDate completedOn, boolean overdue) {
    }

    /**
     * Actions promised in responses, soonest due first: all of them, only those not yet completed ({@code openOnly}), or
     * only those not completed and due before today ({@code overdueOnly}). Served by {@code outstanding_action_open_idx}.
     */
    @Transactional(readOnly = true)
    public List<ActionSummary> outstandingActions(boolean openOnly, boolean overdueOnly, int page, int size) {
        LocalDate today = workingDays.today();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (openOnly || overdueOnly) {
            where.append(" and completed_on is null");
        }
        if (overdueOnly) {
            where.append(" and due_on < :today");
            params.put("today", today);
        }
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("""
                select reference, complaint_id, stage, action_index, description, due_on, completed_on
                from outstanding_action""" + where
                + " order by due_on asc, reference asc, stage asc, action_index asc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    LocalDate completed = rs.getObject(7, LocalDate.class);
                    return new ActionSummary(rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4),
                            rs.getString(5), due, completed, completed == null && due.isBefore(today));
                })
                .list();
    }

    @Transactional(readOnly = true)
    public Page list(Filter filter, int page, int size) {
        WorkingDayCalendar calendar = workingDays.current();
        LocalDate today = workingDays.today();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.openOnly()) {
            where.append(" and next_deadline is not null");
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.stage() != null) {
            where.append(" and stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.handler() != null && !filter.handler().isBlank()) {
            where.append(" and handler = :handler");
            params.put("handler", filter.handler());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.overdueOnly()) {
            where.append(" and next_deadline < :today");
            params.put("today", today);
        }
        if (filter.dueSoonOnly()) {
            where.append(" and next_deadline >= :today and next_deadline <= :soon");
            params.put("today", today);
            params.put("soon", calendar.addWorkingDays(today, views.dueSoonWorkingDays()));
        }
        if (filter.priorityOnly()) {
            where.append(" and priority > 0");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and search_text like :text");
            params.put("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("select count(*) from complaint" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Summary> items = jdbc.sql("""
                select id, reference, kind, status, stage, scheme, channel, received_on, resident_name, tenancy_reference, handler,
                       next_step, next_deadline, priority, risk_flags
                from complaint""" + where
                // flagged cases first (6.1), then the next deadline: complaint_priority_idx is in this order
                + " order by priority desc, next_deadline asc nulls last, received_at asc, reference asc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(13, LocalDate.class);
                    return new Summary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), Status.valueOf(rs.getString(4)),
                            rs.getInt(5), rs.getString(6), Channel.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                            rs.getString(9), rs.getString(10), rs.getString(11),
                            due == null ? null : views.deadlineStatus(rs.getString(12), due, calendar, today), rs.getInt(14),
                            flags(rs.getString(15)));
                })
                .list();
        return new Page(new ArrayList<>(items), page, size, total, (int) ((total + size - 1) / size));
    }

    private static List<RiskFlag> flags(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(names.split(",")).map(RiskFlag::valueOf).toList();
    }

    /**
     * Open cases at each stage, overdue and due soon: every one of them has a next deadline, so only those rows are read
     * (an index-only scan of {@code complaint_queue_idx}, or {@code complaint_handler_idx} for one handler).
     */
    @Transactional(readOnly = true)
    public Counts counts(String handler) {
        LocalDate today = workingDays.today();
        LocalDate soon = workingDays.current().addWorkingDays(today, views.dueSoonWorkingDays());
        String mine = handler == null ? "" : " and handler = :handler";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        params.put("soon", soon);
        if (handler != null) {
            params.put("handler", handler);
        }
        return jdbc.sql("""
                select
                  coalesce(sum(case when stage = 1 then 1 else 0 end), 0),
                  coalesce(sum(case when stage = 2 then 1 else 0 end), 0),
                  coalesce(sum(case when next_deadline < :today then 1 else 0 end), 0),
                  coalesce(sum(case when next_deadline >= :today and next_deadline <= :soon then 1 else 0 end), 0)
                from complaint where next_deadline is not null""" + mine)
                .params(params)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }
}

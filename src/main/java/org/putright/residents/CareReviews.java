package org.putright.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every review an adjustment (5.10) or a contact restriction (5.14) fell due for, with the review that answered it, for
 * figures over a period. An item's review dates form a chain: the date set when it was agreed, then each review's next
 * date. The first date is kept only in the resident's log (the row holds the current one), so an item whose log was
 * redacted under the retention policy loses its first occasion when it has since been reviewed.
 */
@Service
public class CareReviews {

    /**
     * One time an item fell due for review: {@code reviewedOn} is the review that answered it (null when none has), and
     * {@code endedOn} when the item ended without a review on or before the due date (nothing was then due).
     */
    public record Occasion(ReviewDue.Item item, UUID itemId, UUID residentId, String residentName, String tenancyReference, String what,
            LocalDate dueOn, LocalDate reviewedOn) {
    }

    private record Row(UUID id, UUID residentId, String what, LocalDate reviewOn, LocalDate endedOn, String residentName,
            String tenancyReference) {
    }

    private record Done(UUID itemId, LocalDate reviewedOn, LocalDate nextReviewOn) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CareReviews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The occasions due between {@code from} and {@code to} inclusive, soonest first. */
    @Transactional(readOnly = true)
    public List<Occasion> dueBetween(LocalDate from, LocalDate to) {
        List<Occasion> found = new ArrayList<>();
        found.addAll(occasions(ReviewDue.Item.ADJUSTMENT, "adjustment", "AdjustmentAgreed", "adjustment_review", "adjustment_id", """
                select a.id, a.resident_id, a.kind, a.review_on, a.ended_on, r.name, r.tenancy_reference
                from adjustment a join resident r on r.id = a.resident_id
                where a.agreed_on <= ? and (a.ended_on is null or a.ended_on >= ?)""", from, to));
        found.addAll(occasions(ReviewDue.Item.RESTRICTION, "restriction", "ContactRestrictionImposed", "restriction_review",
                "restriction_id", """
                select c.id, c.resident_id, c.kinds, c.review_on, c.ended_on, r.name, r.tenancy_reference
                from contact_restriction c join resident r on r.id = c.resident_id
                where c.starts_on <= ? and (c.ended_on is null or c.ended_on >= ?)""", from, to));
        found.sort(Comparator.comparing(Occasion::dueOn).thenComparing(Occasion::residentName).thenComparing(o -> o.itemId().toString()));
        return found;
    }

    private List<Occasion> occasions(ReviewDue.Item item, String idKey, String agreedEvent, String reviewTable, String itemColumn,
            String select, LocalDate from, LocalDate to) {
        // an item agreed after the period, or ended before it, has no review due in it
        List<Row> rows = jdbc.sql(select).params(to, from).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), what(item, rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                rs.getString(6), rs.getString(7))).list();
        List<Occasion> found = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += 500) {
            List<Row> batch = rows.subList(first, Math.min(rows.size(), first + 500));
            List<UUID> ids = batch.stream().map(Row::id).toList();
            Map<UUID, List<Done>> reviews = new HashMap<>();
            jdbc.sql("select " + itemColumn + ", reviewed_on, next_review_on from " + reviewTable + " where " + itemColumn
                    + " in (:ids) order by reviewed_on, recorded_at")
                    .param("ids", ids)
                    .query((rs, n) -> new Done(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                    .list().forEach(d -> reviews.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d));
            Map<UUID, LocalDate> firstDue = firstReviewDates(idKey, agreedEvent, batch.stream().map(Row::residentId).distinct().toList());
            for (Row row : batch) {
                List<Done> done = reviews.getOrDefault(row.id(), List.of());
                LocalDate due = done.isEmpty() ? row.reviewOn() : firstDue.get(row.id());
                for (int i = 0; i <= done.size(); i++) {
                    Done answer = i < done.size() ? done.get(i) : null;
                    if (answer == null && row.endedOn() != null) {
                        break; // ended (at its last review, or outside one): nothing more fell due
                    }
                    if (due != null && !due.isBefore(from) && !due.isAfter(to)) {
                        found.add(new Occasion(item, row.id(), row.residentId(), row.residentName(), row.tenancyReference(), row.what(), due,
                                answer == null ? null : answer.reviewedOn()));
                    }
                    if (answer == null) {
                        break;
                    }
                    due = answer.nextReviewOn();
                }
            }
        }
        return found;
    }

    /** The review date each item was given when agreed, from the residents' logs. */
    private Map<UUID, LocalDate> firstReviewDates(String idKey, String agreedEvent, List<UUID> residentIds) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        jdbc.sql("select payload from resident_event where event_type = :type and resident_id in (:ids)")
                .param("type", agreedEvent).param("ids", residentIds)
                .query(String.class).list().forEach(payload -> {
                    JsonNode details = json.readTree(payload);
                    JsonNode id = details.get(idKey);
                    JsonNode reviewOn = details.get("reviewOn");
                    if (id != null && reviewOn != null && !details.has("varied")) {
                        dates.putIfAbsent(UUID.fromString(id.asString()), LocalDate.parse(reviewOn.asString()));
                    }
                });
        return dates;
    }

    private static String what(ReviewDue.Item item, String codes) {
        if (item == ReviewDue.Item.ADJUSTMENT) {
            return AdjustmentKind.valueOf(codes).label();
        }
        return java.util.Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(c -> RestrictionKind.valueOf(c).label())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}

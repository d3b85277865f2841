package org.putright.residents;

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
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasonable adjustments agreed with a resident (2024 Code 5.10; Equality Act 2010), each kept under review: a review
 * date when agreed, and every review recorded beside it (never overwritten) with the next date. The API other modules
 * use: {@link #activeFor(UUID, LocalDate)} — correspondence produces letters in the agreed format from it.
 */
@Service
public class Adjustments {

    /** An adjustment as agreed, with its reviews oldest first. Ended ones have {@code endedOn} and the reason. */
    public record Adjustment(UUID id, UUID residentId, AdjustmentKind kind, String kindLabel, String detail, LocalDate agreedOn,
            String agreedBy, LocalDate reviewOn, LocalDate endedOn, String endReason, Instant recordedAt, List<Review> reviews) {

        public boolean activeOn(LocalDate on) {
            return !agreedOn.isAfter(on) && (endedOn == null || endedOn.isAfter(on));
        }

        /** "Review overdue", "Review due" (within the reminder window) or null, for an adjustment not ended. */
        public String reviewTag(LocalDate today, LocalDate dueSoonHorizon) {
            if (endedOn != null) {
                return null;
            }
            if (reviewOn.isBefore(today)) {
                return "Review overdue";
            }
            return reviewOn.isAfter(dueSoonHorizon) ? null : "Review due";
        }
    }

    public record Review(UUID id, LocalDate reviewedOn, String reviewedBy, AdjustmentOutcome outcome, String notes, LocalDate nextReviewOn,
            Instant recordedAt) {
    }

    public enum AdjustmentOutcome {
        CONTINUE, CHANGE, END
    }

    /** What a member of staff asks to record; {@code agreedBy} defaults to them. */
    public record NewAdjustment(String kind, String detail, LocalDate agreedOn, String agreedBy, LocalDate reviewOn) {
    }

    record NewReview(LocalDate reviewedOn, AdjustmentOutcome outcome, String notes, LocalDate nextReviewOn, String newDetail) {
    }

    private final JdbcClient jdbc;
    private final ResidentRecords residents;
    private final ResidentLog log;
    private final Actors actors;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final int suggestedReviewMonths;

    Adjustments(JdbcClient jdbc, ResidentRecords residents, ResidentLog log, Actors actors, StaffDirectory staff, WorkingDays workingDays,
            Clock clock, @Value("${putright.residents.adjustment-review-months:6}") int suggestedReviewMonths) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.log = log;
        this.actors = actors;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
        this.suggestedReviewMonths = suggestedReviewMonths;
    }

    /** The adjustments in force for the resident on {@code on}: agreed by then and not ended. */
    @Transactional(readOnly = true)
    public List<Adjustment> activeFor(UUID residentId, LocalDate on) {
        return forResident(residentId).stream().filter(a -> a.activeOn(on)).toList();
    }

    /** Every adjustment the resident has had, current ones first, then by when agreed. */
    @Transactional(readOnly = true)
    public List<Adjustment> forResident(UUID residentId) {
        List<Adjustment> found = jdbc.sql(SELECT + " where resident_id = ? order by case when ended_on is null then 0 else 1 end, agreed_on, recorded_at")
                .param(residentId).query((rs, n) -> map(rs)).list();
        return found.stream().map(this::withReviews).toList();
    }

    @Transactional(readOnly = true)
    public Adjustment get(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> map(rs)).optional().map(this::withReviews)
                .orElseThrow(() -> new NotFoundException("There is no reasonable adjustment " + id + "."));
    }

    /** The review date offered by default on the form: the policy's interval from today. */
    LocalDate suggestedReviewOn() {
        return workingDays.today().plusMonths(suggestedReviewMonths);
    }

    @Transactional
    public Adjustment record(UUID residentId, NewAdjustment request) {
        residents.get(residentId);
        LocalDate today = workingDays.today();
        AdjustmentKind kind = AdjustmentKind.parse(request.kind());
        if (kind == null) {
            throw new InvalidRequestException("kind", request.kind(), "Select the kind of adjustment");
        }
        String detail = trimmed(request.detail());
        if (kind.detailRequired() && detail == null) {
            throw new InvalidRequestException("detail", request.detail(), "Enter the detail: " + kind.hint().toLowerCase(java.util.Locale.UK));
        }
        checkLength("detail", detail, 2000);
        if (request.agreedOn() == null) {
            throw new InvalidRequestException("agreedOn", null, "Enter the date the adjustment was agreed");
        }
        if (request.agreedOn().isAfter(today)) {
            throw new InvalidRequestException("agreedOn", request.agreedOn(), "The date agreed cannot be in the future");
        }
        checkReviewDate("reviewOn", request.reviewOn(), today);
        String agreedBy = request.agreedBy() == null || request.agreedBy().isBlank() ? actors.current() : request.agreedBy().strip();
        if (staff.find(agreedBy).isEmpty()) {
            throw new InvalidRequestException("agreedBy", agreedBy, "Enter the username of the member of staff who agreed it");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into adjustment (id, resident_id, kind, detail, agreed_on, agreed_by, review_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, residentId, kind.name(), detail, request.agreedOn(), agreedBy, request.reviewOn(), now())
                .update();
        log.append(residentId, "AdjustmentAgreed", actors.current(), details("adjustment", id, "kind", kind.name(), "detail", detail,
                "agreedOn", request.agreedOn().toString(), "agreedBy", agreedBy, "reviewOn", request.reviewOn().toString()));
        return get(id);
    }

    /** Records a review (5.10: kept under active review) and moves the review date on, or ends the adjustment. */
    @Transactional
    Adjustment review(UUID id, NewReview request) {
        Adjustment adjustment = get(id);
        if (adjustment.endedOn() != null) {
            throw new ConflictException("This adjustment ended on " + CareWords.day(adjustment.endedOn()) + ", so it has no more reviews.");
        }
        LocalDate today = workingDays.today();
        if (request.outcome() == null) {
            throw new InvalidRequestException("outcome", null, "Select the outcome of the review");
        }
        LocalDate reviewedOn = request.reviewedOn();
        if (reviewedOn == null) {
            throw new InvalidRequestException("reviewedOn", null, "Enter the date of the review");
        }
        if (reviewedOn.isAfter(today)) {
            throw new InvalidRequestException("reviewedOn", reviewedOn, "The date of the review cannot be in the future");
        }
        String notes = trimmed(request.notes());
        checkLength("notes", notes, 4000);
        String newDetail = trimmed(request.newDetail());
        checkLength("newDetail", newDetail, 2000);
        LocalDate next = null;
        switch (request.outcome()) {
            case END -> {
                if (notes == null) {
                    throw new InvalidRequestException("notes", null, "Say why the adjustment is ending");
                }
            }
            case CHANGE -> {
                if (newDetail == null) {
                    throw new InvalidRequestException("newDetail", null, "Enter the adjustment as changed");
                }
                next = checkReviewDate("nextReviewOn", request.nextReviewOn(), today);
            }
            case CONTINUE -> next = checkReviewDate("nextReviewOn", request.nextReviewOn(), today);
        }
        String reviewer = actors.current();
        UUID reviewId = UUID.randomUUID();
        jdbc.sql("""
                insert into adjustment_review (id, adjustment_id, reviewed_on, reviewed_by, outcome, notes, next_review_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reviewId, id, reviewedOn, reviewer, request.outcome().name(), notes, next, now())
                .update();
        switch (request.outcome()) {
            case END -> jdbc.sql("update adjustment set ended_on = ?, end_reason = ? where id = ?").params(reviewedOn, notes, id).update();
            case CHANGE -> jdbc.sql("update adjustment set detail = ?, review_on = ? where id = ?").params(newDetail, next, id).update();
            case CONTINUE -> jdbc.sql("update adjustment set review_on = ? where id = ?").params(next, id).update();
        }
        log.append(adjustment.residentId(), "AdjustmentReviewed", reviewer, details("adjustment", id, "review", reviewId, "outcome",
                request.outcome().name(), "reviewedOn", reviewedOn.toString(), "notes", notes, "nextReviewOn",
                next == null ? null : next.toString(), "detail", request.outcome() == AdjustmentOutcome.CHANGE ? newDetail : null));
        return get(id);
    }

    /** Ends an adjustment outside a review (the resident no longer wants it, say), with the reason. */
    @Transactional
    Adjustment end(UUID id, LocalDate endedOn, String reason) {
        Adjustment adjustment = get(id);
        if (adjustment.endedOn() != null) {
            throw new ConflictException("This adjustment already ended on " + CareWords.day(adjustment.endedOn()) + ".");
        }
        String why = trimmed(reason);
        if (why == null) {
            throw new InvalidRequestException("reason", reason, "Say why the adjustment is ending");
        }
        checkLength("reason", why, 2000);
        LocalDate on = endedOn == null ? workingDays.today() : endedOn;
        if (on.isAfter(workingDays.today())) {
            throw new InvalidRequestException("endedOn", on, "The end date cannot be in the future");
        }
        if (on.isBefore(adjustment.agreedOn())) {
            throw new InvalidRequestException("endedOn", on, "The end date cannot be before the adjustment was agreed");
        }
        jdbc.sql("update adjustment set ended_on = ?, end_reason = ? where id = ?").params(on, why, id).update();
        log.append(adjustment.residentId(), "AdjustmentEnded", actors.current(), details("adjustment", id, "endedOn", on.toString(),
                "reason", why));
        return get(id);
    }

    private LocalDate checkReviewDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidRequestException(field, null, "Enter the date the adjustment will next be reviewed");
        }
        if (date.isBefore(today)) {
            throw new InvalidRequestException(field, date, "The review date cannot be in the past");
        }
        return date;
    }

    private static void checkLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidRequestException(field, null, "This must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Details for the resident's log: pairs of name and value, nulls left out. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i].toString(), pairs[i + 1] instanceof UUID u ? u.toString() : pairs[i + 1]);
            }
        }
        return map;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static final String SELECT = """
            select id, resident_id, kind, detail, agreed_on, agreed_by, review_on, ended_on, end_reason, recorded_at from adjustment""";

    private static Adjustment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        AdjustmentKind kind = AdjustmentKind.valueOf(rs.getString(3));
        return new Adjustment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), kind, kind.label(), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(), List.of());
    }

    private Adjustment withReviews(Adjustment a) {
        List<Review> reviews = new ArrayList<>(jdbc.sql("""
                select id, reviewed_on, reviewed_by, outcome, notes, next_review_on, recorded_at from adjustment_review
                where adjustment_id = ? order by reviewed_on, recorded_at""")
                .param(a.id())
                .query((rs, n) -> new Review(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        AdjustmentOutcome.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list());
        return new Adjustment(a.id(), a.residentId(), a.kind(), a.kindLabel(), a.detail(), a.agreedOn(), a.agreedBy(), a.reviewOn(),
                a.endedOn(), a.endReason(), a.recordedAt(), reviews);
    }
}

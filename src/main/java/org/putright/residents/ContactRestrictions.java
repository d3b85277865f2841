package org.putright.residents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.putright.calendar.WorkingDays;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact restrictions for unacceptable behaviour (2024 Code 5.14 and the landlord's policy): what behaviour they
 * respond to, the evidence, why they are proportionate and the regard had to the Equality Act, approved by a manager
 * other than the proposer, told to the resident ({@link ContactRestrictionImposed}) and reviewed by a date. A
 * restriction whose review date passes without a review lapses and stops applying. None ever stops a complaint being
 * logged or escalated ({@link RestrictionNeverBlocksComplaints}); intake and escalation never look here.
 */
@Service
public class ContactRestrictions {

    public enum Status {
        /** Approved, starting on a later date. */
        NOT_STARTED,
        ACTIVE,
        /** The review date passed without a review: it no longer applies. */
        LAPSED,
        LIFTED
    }

    public enum RestrictionOutcome {
        CONTINUE, VARY, LIFT
    }

    public record Restriction(UUID id, UUID residentId, List<RestrictionKind> kinds, String detail, String behaviour, String evidence,
            String proportionateBecause, String equalityConsiderations, String proposedBy, String approvedBy, LocalDate approvedOn,
            LocalDate startsOn, LocalDate reviewOn, LocalDate endedOn, String endReason, Instant recordedAt, List<Review> reviews) {

        public Status statusOn(LocalDate on) {
            if (endedOn != null && !endedOn.isAfter(on)) {
                return Status.LIFTED;
            }
            if (reviewOn.isBefore(on)) {
                return Status.LAPSED;
            }
            return startsOn.isAfter(on) ? Status.NOT_STARTED : Status.ACTIVE;
        }

        public boolean appliesOn(LocalDate on) {
            return statusOn(on) == Status.ACTIVE;
        }

        public String kindLabels() {
            return kinds.stream().map(RestrictionKind::label).collect(Collectors.joining("; "));
        }
    }

    public record Review(UUID id, LocalDate reviewedOn, String reviewedBy, RestrictionOutcome outcome, String notes, LocalDate nextReviewOn,
            Instant recordedAt) {
    }

    public record NewRestriction(List<String> kinds, String detail, String behaviour, String evidence, String proportionateBecause,
            String equalityConsiderations, String approvedBy, LocalDate approvedOn, LocalDate startsOn, LocalDate reviewOn) {
    }

    record NewReview(LocalDate reviewedOn, RestrictionOutcome outcome, String notes, LocalDate nextReviewOn, List<String> kinds,
            String detail) {
    }

    private final JdbcClient jdbc;
    private final ResidentRecords residents;
    private final ResidentLog log;
    private final Actors actors;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxReviewMonths;

    ContactRestrictions(JdbcClient jdbc, ResidentRecords residents, ResidentLog log, Actors actors, StaffDirectory staff,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
            @Value("${putright.residents.restriction-review-months:6}") int maxReviewMonths) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.log = log;
        this.actors = actors;
        this.staff = staff;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.maxReviewMonths = maxReviewMonths;
    }

    int maxReviewMonths() {
        return maxReviewMonths;
    }

    /** The restrictions that apply to the resident on {@code on}: started, not lifted, and not past their review date. */
    @Transactional(readOnly = true)
    public List<Restriction> activeFor(UUID residentId, LocalDate on) {
        return forResident(residentId).stream().filter(r -> r.appliesOn(on)).toList();
    }

    /** Every restriction the resident has had, newest first. */
    @Transactional(readOnly = true)
    public List<Restriction> forResident(UUID residentId) {
        return jdbc.sql(SELECT + " where resident_id = ? order by starts_on desc, recorded_at desc").param(residentId)
                .query((rs, n) -> map(rs)).list().stream().map(this::withReviews).toList();
    }

    @Transactional(readOnly = true)
    public Restriction get(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> map(rs)).optional().map(this::withReviews)
                .orElseThrow(() -> new NotFoundException("There is no contact restriction " + id + "."));
    }

    @Transactional
    public Restriction impose(UUID residentId, NewRestriction request) {
        List<String> requested = request.kinds() == null ? List.of() : request.kinds();
        RestrictionNeverBlocksComplaints.check(requested);
        residents.get(residentId);
        LocalDate today = workingDays.today();
        List<RestrictionKind> kinds = kinds("kinds", requested);
        String detail = detailFor(kinds, request.detail());
        String behaviour = required("behaviour", request.behaviour(), "Describe the behaviour the restriction responds to");
        String evidence = required("evidence", request.evidence(), "Describe the evidence of the behaviour");
        String proportionate = required("proportionateBecause", request.proportionateBecause(),
                "Explain why the restriction is proportionate to the behaviour");
        String equality = required("equalityConsiderations", request.equalityConsiderations(),
                "Record the regard had to the Equality Act: whether the behaviour may relate to a disability, and what adjustment was considered");
        if (request.approvedOn() == null) {
            throw new InvalidRequestException("approvedOn", null, "Enter the date the restriction was approved");
        }
        if (request.approvedOn().isAfter(today)) {
            throw new InvalidRequestException("approvedOn", request.approvedOn(), "The date approved cannot be in the future");
        }
        if (request.startsOn() == null) {
            throw new InvalidRequestException("startsOn", null, "Enter the date the restriction starts");
        }
        if (request.startsOn().isBefore(request.approvedOn())) {
            throw new InvalidRequestException("startsOn", request.startsOn(), "The restriction cannot start before it was approved");
        }
        checkReviewDate("reviewOn", request.reviewOn(), request.startsOn(), today);
        String approvedBy = request.approvedBy() == null ? "" : request.approvedBy().strip();
        if (approvedBy.isEmpty()) {
            throw new InvalidRequestException("approvedBy", null, "Enter the username of the manager who approved the restriction");
        }
        String proposedBy = actors.current();
        RestrictionApprovedByAnotherManager.check(proposedBy, approvedBy, staff.find(approvedBy));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into contact_restriction (id, resident_id, kinds, detail, behaviour, evidence, proportionate_because,
                    equality_considerations, proposed_by, approved_by, approved_on, starts_on, review_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, residentId, codes(kinds), detail, behaviour, evidence, proportionate, equality, proposedBy, approvedBy,
                        request.approvedOn(), request.startsOn(), request.reviewOn(), now())
                .update();
        log.append(residentId, "ContactRestrictionImposed", proposedBy, Adjustments.details("restriction", id, "kinds", codes(kinds),
                "detail", detail, "approvedBy", approvedBy, "approvedOn", request.approvedOn().toString(), "startsOn",
                request.startsOn().toString(), "reviewOn", request.reviewOn().toString()));
        events.publishEvent(new ContactRestrictionImposed(id, residentId, kinds, detail, request.reviewOn(), request.startsOn(), false));
        return get(id);
    }

    /**
     * Records a review: continue to a new review date, vary (new kinds or detail, the resident told again) or lift. A
     * review held after the review date comes too late to continue the restriction: it lapsed, and only lifting (to
     * close the record) is possible; restricting again needs a fresh, approved restriction.
     */
    @Transactional
    Restriction review(UUID id, NewReview request) {
        Restriction restriction = get(id);
        if (restriction.endedOn() != null) {
            throw new ConflictException("This restriction was lifted on " + CareWords.day(restriction.endedOn()) + ".");
        }
        if (request.outcome() == RestrictionOutcome.VARY && request.kinds() != null) {
            RestrictionNeverBlocksComplaints.check(request.kinds());
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
        String notes = required("notes", request.notes(), "Record what the review considered and why it reached its outcome");
        if (request.outcome() != RestrictionOutcome.LIFT && reviewedOn.isAfter(restriction.reviewOn())) {
            throw new ConflictException("This restriction lapsed when its review date, " + CareWords.day(restriction.reviewOn())
                    + ", passed without a review. It can only be lifted now; to restrict contact again, record a new restriction with a manager's approval.");
        }
        List<RestrictionKind> kinds = restriction.kinds();
        String detail = restriction.detail();
        LocalDate next = null;
        if (request.outcome() != RestrictionOutcome.LIFT) {
            if (request.outcome() == RestrictionOutcome.VARY) {
                if (request.kinds() != null && !request.kinds().isEmpty()) {
                    kinds = kinds("kinds", request.kinds());
                }
                detail = detailFor(kinds, request.detail() == null ? restriction.detail() : request.detail());
            }
            next = checkReviewDate("nextReviewOn", request.nextReviewOn(), reviewedOn, today);
        }
        String reviewer = actors.current();
        UUID reviewId = UUID.randomUUID();
        jdbc.sql("""
                insert into restriction_review (id, restriction_id, reviewed_on, reviewed_by, outcome, notes, next_review_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reviewId, id, reviewedOn, reviewer, request.outcome().name(), notes, next, now())
                .update();
        switch (request.outcome()) {
            case LIFT -> jdbc.sql("update contact_restriction set ended_on = ?, end_reason = ? where id = ?").params(reviewedOn, notes, id)
                    .update();
            case VARY -> jdbc.sql("update contact_restriction set kinds = ?, detail = ?, review_on = ? where id = ?")
                    .params(codes(kinds), detail, next, id).update();
            case CONTINUE -> jdbc.sql("update contact_restriction set review_on = ? where id = ?").params(next, id).update();
        }
        log.append(restriction.residentId(), "ContactRestrictionReviewed", reviewer, Adjustments.details("restriction", id, "review",
                reviewId, "outcome", request.outcome().name(), "reviewedOn", reviewedOn.toString(), "notes", notes, "nextReviewOn",
                next == null ? null : next.toString(), "kinds", request.outcome() == RestrictionOutcome.VARY ? codes(kinds) : null,
                "detail", request.outcome() == RestrictionOutcome.VARY ? detail : null));
        switch (request.outcome()) {
            case LIFT -> events.publishEvent(new ContactRestrictionLifted(id, restriction.residentId(), reviewedOn, notes));
            case VARY -> events.publishEvent(new ContactRestrictionImposed(id, restriction.residentId(), kinds, detail, next,
                    restriction.startsOn(), true));
            case CONTINUE -> {
                // nothing changes for the resident; the new review date is in the record
            }
        }
        return get(id);
    }

    private LocalDate checkReviewDate(String field, LocalDate reviewOn, LocalDate from, LocalDate today) {
        if (reviewOn == null) {
            throw new InvalidRequestException(field, null, "Enter the date the restriction will be reviewed");
        }
        if (reviewOn.isBefore(today) || !reviewOn.isAfter(from)) {
            throw new InvalidRequestException(field, reviewOn, "The review date must be in the future and after "
                    + CareWords.day(from));
        }
        RestrictionReviewWithinLimit.check(from, reviewOn, maxReviewMonths);
        return reviewOn;
    }

    private static List<RestrictionKind> kinds(String field, List<String> requested) {
        Set<RestrictionKind> kinds = new LinkedHashSet<>();
        for (String code : requested) {
            try {
                kinds.add(RestrictionKind.valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, code, "Choose restrictions from the list: " + Arrays.toString(RestrictionKind.values()));
            }
        }
        if (kinds.isEmpty()) {
            throw new InvalidRequestException(field, null, "Select at least one kind of restriction");
        }
        return List.copyOf(kinds);
    }

    private static String detailFor(List<RestrictionKind> kinds, String given) {
        String detail = Adjustments.trimmed(given);
        List<RestrictionKind> needing = kinds.stream().filter(RestrictionKind::detailRequired).toList();
        if (detail == null && !needing.isEmpty()) {
            throw new InvalidRequestException("detail", given, "Enter the detail: " + needing.get(0).hint().toLowerCase(Locale.UK));
        }
        if (detail != null && detail.length() > 2000) {
            throw new InvalidRequestException("detail", null, "The detail must be 2,000 characters or fewer");
        }
        return detail;
    }

    private static String required(String field, String given, String message) {
        String text = Adjustments.trimmed(given);
        if (text == null) {
            throw new InvalidRequestException(field, given, message);
        }
        if (text.length() > 4000) {
            throw new InvalidRequestException(field, null, "This must be 4,000 characters or fewer");
        }
        return text;
    }

    private static String codes(List<RestrictionKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static final String SELECT = """
            select id, resident_id, kinds, detail, behaviour, evidence, proportionate_because, equality_considerations, proposed_by,
                   approved_by, approved_on, starts_on, review_on, ended_on, end_reason, recorded_at
            from contact_restriction""";

    private static Restriction map(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<RestrictionKind> kinds = Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank()).map(RestrictionKind::valueOf)
                .toList();
        return new Restriction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), kinds, rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class).toInstant(), List.of());
    }

    private Restriction withReviews(Restriction r) {
        List<Review> reviews = new ArrayList<>(jdbc.sql("""
                select id, reviewed_on, reviewed_by, outcome, notes, next_review_on, recorded_at from restriction_review
                where restriction_id = ? order by reviewed_on, recorded_at""")
                .param(r.id())
                .query((rs, n) -> new Review(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        RestrictionOutcome.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list());
        return new Restriction(r.id(), r.residentId(), r.kinds(), r.detail(), r.behaviour(), r.evidence(), r.proportionateBecause(),
                r.equalityConsiderations(), r.proposedBy(), r.approvedBy(), r.approvedOn(), r.startsOn(), r.reviewOn(), r.endedOn(),
                r.endReason(), r.recordedAt(), reviews);
    }
}

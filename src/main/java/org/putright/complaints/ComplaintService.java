package org.putright.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintEvent.ComplaintReceived;
import org.putright.identity.StaffDirectory;
import org.putright.identity.StaffMember;
import org.putright.shared.InvalidRequestException;
import static org.putright.shared.Hashes.sha256;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The complaints module's API: take in a complaint, act on it, read it. Each call is one transaction: load the
 * complaint from its record, run the intent, append the new events and update the projection.
 */
@Service
public class ComplaintService {

    /** How far ahead of our clock a received time may be (clock skew on a caller's machine). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final ComplaintStore store;
    private final ComplaintViews views;
    private final ReferenceNumbers references;
    private final RefusalGrounds grounds;
    private final Schemes schemes;
    private final WorkingDays workingDays;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final EscalationRoutes escalationRoutes;
    private final ComplaintCategories categories;

    ComplaintService(ComplaintStore store, ComplaintViews views, ReferenceNumbers references, RefusalGrounds grounds, Schemes schemes,
            WorkingDays workingDays, StaffDirectory staff, JdbcClient jdbc, JsonMapper json, Clock clock,
            EscalationRoutes escalationRoutes, ComplaintCategories categories) {
        this.escalationRoutes = escalationRoutes;
        this.categories = categories;
        this.store = store;
        this.views = views;
        this.references = references;
        this.grounds = grounds;
        this.schemes = schemes;
        this.workingDays = workingDays;
        this.staff = staff;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A complaint as received. {@code description} is the resident's own words, kept verbatim; the resident's
     * wishes (what would put it right, how to contact them, support they need) are optional.
     */
    public record NewComplaint(OffsetDateTime receivedAt, Channel channel, Resident resident, Representative representative,
            String description, LocalDate issueOccurredOn, String outcomeSought, String contactPreference, String supportNeeds,
            Set<RiskFlag> riskFlags, String riskNotes) {

        /** {@code riskFlags}: risks to the resident known at intake (6.1), recorded with the complaint; none if null. */
        public NewComplaint {
            // in the flags' own order, so the same request always hashes the same (Idempotency-Key)
            java.util.EnumSet<RiskFlag> sorted = java.util.EnumSet.noneOf(RiskFlag.class);
            if (riskFlags != null) {
                riskFlags.stream().filter(java.util.Objects::nonNull).forEach(sorted::add);
            }
            riskFlags = java.util.Collections.unmodifiableSet(sorted);
        }

        public NewComplaint(OffsetDateTime receivedAt, Channel channel, Resident resident, Representative representative,
                String description, LocalDate issueOccurredOn, String outcomeSought, String contactPreference, String supportNeeds) {
            this(receivedAt, channel, resident, representative, description, issueOccurredOn, outcomeSought, contactPreference,
                    supportNeeds, null, null);
        }

        public NewComplaint(OffsetDateTime receivedAt, Channel channel, Resident resident, Representative representative,
                String description, LocalDate issueOccurredOn) {
            this(receivedAt, channel, resident, representative, description, issueOccurredOn, null, null, null);
        }
    }

    /** Who acts for a resident using the public front door. */
    public static final String RESIDENT_ACTOR = "resident";

    public record Created(ComplaintView complaint, boolean replayed) {
    }

    @Transactional
    public Created receive(NewComplaint request, String idempotencyKey) {
        return receiveAs(request, idempotencyKey, staff.currentUsername());
    }

    /** A complaint made by a resident (or their representative) through the public front door. */
    @Transactional
    public ComplaintView receiveFromResident(NewComplaint request) {
        return receiveAs(request, null, RESIDENT_ACTOR).complaint();
    }

    /**
     * The complaint a resident asks about, if the second factor matches: the email address or the postcode given
     * with it (case and spaces ignored). Nothing says whether the reference exists when it does not match.
     */
    @Transactional(readOnly = true)
    public Optional<ComplaintView> findForResident(String reference, String emailOrPostcode) {
        if (reference == null || emailOrPostcode == null || emailOrPostcode.isBlank()) {
            return Optional.empty();
        }
        String given = normalise(emailOrPostcode);
        return findByReference(reference.trim().toUpperCase(java.util.Locale.ROOT)).filter(view -> {
            if (view.anonymisedOn() != null) {
                return false; // nothing of theirs is left to show, and an outward code is no proof of anything
            }
            Resident resident = view.resident();
            return (resident.email() != null && normalise(resident.email()).equals(given))
                    || (resident.postcode() != null && normalise(resident.postcode()).equals(given));
        });
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The resident asks for stage 2 from the front door, today; no reason is needed (6.12). */
    @Transactional
    public ComplaintView requestEscalationByResident(UUID id, String reason) {
        Complaint complaint = load(id);
        complaint.requestEscalation(today(), reason, today());
        store.save(complaint, RESIDENT_ACTOR, clock.instant(), calendar());
        return view(complaint);
    }

    private Created receiveAs(NewComplaint request, String idempotencyKey, String actor) {
        String requestHash = null;
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            requestHash = sha256(json.writeValueAsString(request));
            Optional<Created> replay = replay(actor, idempotencyKey, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Complaint complaint = newComplaint(request, null, null);
        if (!request.riskFlags().isEmpty() || request.riskNotes() != null && !request.riskNotes().isBlank()) {
            complaint.recordRiskFlags(request.riskFlags(), request.riskNotes());
        }
        store.save(complaint, actor, clock.instant(), calendar());
        if (requestHash != null) {
            jdbc.sql("insert into idempotency_key (actor, key_value, request_hash, complaint_id, created_at) values (?, ?, ?, ?, ?)")
                    .params(actor, idempotencyKey, requestHash, complaint.id(), now()).update();
        }
        return new Created(view(complaint), false);
    }

    private Optional<Created> replay(String actor, String key, String requestHash) {
        return jdbc.sql("select request_hash, complaint_id from idempotency_key where actor = ? and key_value = ?").params(actor, key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        throw new InvalidRequestException("Idempotency-Key", key,
                                "was already used for a different request; use a new key for a new complaint");
                    }
                    return new Created(get(rs.getObject(2, UUID.class)), true);
                }).optional();
    }

    private Complaint newComplaint(NewComplaint request, UUID linkedFrom, String linkReason) {
        Instant receivedAt = request.receivedAt().toInstant();
        if (receivedAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new InvalidRequestException("receivedAt", request.receivedAt().toString(), "cannot be in the future");
        }
        LocalDate receivedOn = LondonDates.dateOf(receivedAt);
        ComplaintScheme scheme;
        try {
            scheme = schemes.forReceivedOn(receivedOn);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidRequestException("receivedAt", request.receivedAt().toString(), "is before any complaint scheme PutRight holds");
        }
        if (request.issueOccurredOn() != null && request.issueOccurredOn().isAfter(receivedOn)) {
            throw new InvalidRequestException("issueOccurredOn", request.issueOccurredOn().toString(), "cannot be after the complaint was received");
        }
        UUID id = UUID.randomUUID();
        return Complaint.receive(new ComplaintReceived(id, references.next(receivedOn.getYear()), scheme.id(), receivedAt, receivedOn,
                request.channel(), request.resident(), request.representative(), request.description(), request.issueOccurredOn(),
                linkedFrom, linkReason, blankToNull(request.outcomeSought()), blankToNull(request.contactPreference()),
                blankToNull(request.supportNeeds())), scheme);
    }

    @Transactional(readOnly = true)
    public ComplaintView get(UUID id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintView> findByReference(String reference) {
        return jdbc.sql("select id from complaint where reference = ?").param(reference).query(UUID.class).optional().map(this::get);
    }

    // ---------------------------------------------------------------- intents

    public enum TriageOutcome {
        COMPLAINT, SERVICE_REQUEST, NOT_ACCEPTED
    }

    @Transactional
    public ComplaintView triage(UUID id, String outcome, String reasons, boolean residentToldOfRightToComplain) {
        return act(id, complaint -> {
            if (NoStageZero.isInformalStage(outcome)) {
                NoStageZero.refuse(complaint.scheme(), outcome);
            }
            TriageOutcome parsed;
            try {
                parsed = TriageOutcome.valueOf(outcome);
            }
            catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidRequestException("outcome", outcome, "must be one of COMPLAINT, SERVICE_REQUEST or NOT_ACCEPTED");
            }
            switch (parsed) {
                case COMPLAINT -> complaint.confirmAsComplaint(reasons);
                case SERVICE_REQUEST -> complaint.triageAsServiceRequest(reasons, residentToldOfRightToComplain);
                case NOT_ACCEPTED -> throw new InvalidRequestException("outcome", outcome,
                        "To refuse a complaint, record the refusal with its ground and reasons (POST .../refusal)");
            }
        });
    }

    @Transactional
    public ComplaintView acknowledge(UUID id, LocalDate acknowledgedOn, String handler, Definition definition) {
        requireHandler(handler);
        return act(id, complaint -> complaint.acknowledge(acknowledgedOn, handler, definition, today()));
    }

    @Transactional
    public ComplaintView assign(UUID id, String handler) {
        requireHandler(handler);
        return act(id, complaint -> complaint.assign(handler));
    }

    @Transactional
    public ComplaintView extend(UUID id, int days, String reason, LocalDate residentInformedOn, String goodReason,
            Integer updateEveryWorkingDays) {
        return act(id, complaint -> complaint.extend(days, reason, residentInformedOn, goodReason, updateEveryWorkingDays, today(),
                calendar()));
    }

    /** What the response would still lack (6.9 / 6.19) if issued as drafted; nothing is recorded. */
    @Transactional(readOnly = true)
    public MissingElements missingResponseElements(UUID id, ResponseDraft draft) {
        Complaint complaint = store.load(id).orElseThrow(() -> new NotFoundException("No complaint " + id));
        return complaint.missingResponseElements(draft,
                escalationRoutes.after(complaint.scheme(), complaint.stage(), complaint.reference()));
    }

    /** Issues the stage's response; refused (6.9 / 6.19) while any element the letter must confirm is missing. */
    @Transactional
    public ComplaintView respond(UUID id, ResponseDraft draft) {
        return act(id, complaint -> complaint.respond(draft,
                escalationRoutes.after(complaint.scheme(), complaint.stage(), complaint.reference()), today()));
    }

    /** 6.6 / 6.17: records that an action promised in a stage's response was done, with evidence. */
    @Transactional
    public ComplaintView completeOutstandingAction(UUID id, int stage, int action, LocalDate completedOn, String evidence) {
        return act(id, complaint -> complaint.completeOutstandingAction(stage, action, completedOn, evidence, today()));
    }

    @Transactional
    public ComplaintView requestEscalation(UUID id, LocalDate requestedOn, String reason) {
        return act(id, complaint -> complaint.requestEscalation(requestedOn, reason, today()));
    }

    @Transactional
    public ComplaintView refuse(UUID id, String ground, String reasons, String discretionConsidered, LocalDate decidedOn) {
        return act(id, complaint -> complaint.refuse(ground, grounds.active(ground).orElse(null), reasons, discretionConsidered,
                decidedOn, today()));
    }

    @Transactional
    public ComplaintView close(UUID id, LocalDate closedOn, String reason) {
        return act(id, complaint -> complaint.close(closedOn, reason, today()));
    }

    @Transactional
    public ComplaintView addNote(UUID id, String text) {
        return act(id, complaint -> complaint.addNote(text));
    }

    /** 6.1: the risks now known to the resident (the full set; empty clears them), which set the case's queue priority. */
    @Transactional
    public ComplaintView recordRiskFlags(UUID id, Set<RiskFlag> flags, String notes) {
        return act(id, complaint -> complaint.recordRiskFlags(flags == null ? Set.of() : flags, notes));
    }

    /** 6.1: whether this stage 1 complaint can be resolved early given the resident's vulnerability or risk, and why. */
    @Transactional
    public ComplaintView considerEarlyResolution(UUID id, boolean canResolveEarly, String notes) {
        return act(id, complaint -> complaint.considerEarlyResolution(canResolveEarly, notes));
    }

    /**
     * 9.4: files the complaint under the landlord's categories: codes of active categories (blank for not recorded). The
     * full set each time, so a correction is a new event that replaces the earlier filing in every figure.
     */
    @Transactional
    public ComplaintView categorise(UUID id, String serviceArea, String cause, String team) {
        return act(id, complaint -> {
            ComplaintEvent.Categorised now = complaint.categories();
            complaint.categorise(
                    categories.requireChoosable(CategoryKind.SERVICE_AREA, "serviceArea", serviceArea, now == null ? null : now.serviceArea()),
                    categories.requireChoosable(CategoryKind.CAUSE, "cause", cause, now == null ? null : now.cause()),
                    categories.requireChoosable(CategoryKind.TEAM, "team", team, now == null ? null : now.team()));
        });
    }

    /** Keeps the whole record, personal data included, whatever the retention policy says, until the hold is lifted. */
    @Transactional
    public ComplaintView placeLegalHold(UUID id, String reason) {
        return act(id, complaint -> complaint.placeLegalHold(reason));
    }

    @Transactional
    public ComplaintView liftLegalHold(UUID id, String reason) {
        return act(id, complaint -> complaint.liftLegalHold(reason));
    }

    @Transactional
    public ComplaintView resolveServiceRequest(UUID id, LocalDate resolvedOn, String summary) {
        return act(id, complaint -> complaint.resolveServiceRequest(resolvedOn, summary, today()));
    }

    /** 6.8: joins this complaint if related and not yet responded to; otherwise a new complaint, linked. Returns the one changed or made. */
    @Transactional
    public Created additionalComplaint(UUID id, OffsetDateTime receivedAt, String description, boolean related) {
        Complaint complaint = load(id);
        if (complaint.additionalComplaint(receivedAt.toInstant(), description, related)) {
            store.save(complaint, staff.currentUsername(), clock.instant(), calendar());
            return new Created(view(complaint), false);
        }
        String reason = (related ? "Related, but raised after the response" : "Unrelated additional complaint") + " (provision "
                + complaint.scheme().provision(RuleId.ADDITIONAL_COMPLAINTS_JOIN_IF_RELATED) + ")";
        Complaint created = newComplaint(new NewComplaint(receivedAt, complaint.channel(), complaint.resident(),
                complaint.representative(), description, null), complaint.id(), reason);
        complaint.linkNewComplaint(created.id(), created.reference(), reason);
        String actor = staff.currentUsername();
        store.save(created, actor, clock.instant(), calendar());
        store.save(complaint, actor, clock.instant(), calendar());
        return new Created(view(created), false);
    }

    /** 1.5: dissatisfaction with a service request's response is logged as a complaint, linked; the request stays open. */
    @Transactional
    public Created complainAboutServiceRequest(UUID id, OffsetDateTime receivedAt, Channel channel, String description) {
        Complaint request = load(id);
        String reason = "Dissatisfaction with the response to service request " + request.reference();
        Complaint created = newComplaint(new NewComplaint(receivedAt, channel == null ? request.channel() : channel, request.resident(),
                request.representative(), description, null), request.id(), reason);
        request.raiseDissatisfactionWithServiceRequest(created.id(), created.reference());
        String actor = staff.currentUsername();
        store.save(created, actor, clock.instant(), calendar());
        store.save(request, actor, clock.instant(), calendar());
        return new Created(view(created), false);
    }

    public List<RefusalGround> refusalGrounds() {
        return grounds.all();
    }

    @Transactional
    public RefusalGround addRefusalGround(String code, String label, String description) {
        return grounds.add(code, label, description, staff.currentUsername());
    }

    /** Recomputes queue deadlines after the working-day calendar changed. */
    @Transactional
    public int refreshDeadlines() {
        return store.refreshOpenDeadlines(calendar());
    }

    // ---------------------------------------------------------------- plumbing

    private ComplaintView act(UUID id, Consumer<Complaint> intent) {
        Complaint complaint = load(id);
        intent.accept(complaint);
        store.save(complaint, staff.currentUsername(), clock.instant(), calendar());
        return view(complaint);
    }

    private Complaint load(UUID id) {
        return store.load(id).orElseThrow(() -> new NotFoundException("No complaint with id " + id));
    }

    private ComplaintView view(Complaint complaint) {
        return views.view(complaint, store.history(complaint.id()), calendar(), today());
    }

    private void requireHandler(String handler) {
        StaffMember member = staff.find(handler)
                .orElseThrow(() -> new InvalidRequestException("handler", handler, "is not a member of staff"));
        if (!member.canHandleComplaints()) {
            throw new InvalidRequestException("handler", handler,
                    member.active() ? "does not have a role that handles complaints" : "is no longer active");
        }
    }

    private WorkingDayCalendar calendar() {
        return workingDays.current();
    }

    private LocalDate today() {
        return workingDays.today();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }


}

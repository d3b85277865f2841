package org.putright.selfassessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintQueries;
import org.putright.complaints.ComplaintScheme;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Remedy;
import org.putright.complaints.ResponseElement;
import org.putright.complaints.Schemes;
import org.putright.complaints.Timeliness;
import org.putright.correspondence.LetterArchive;
import org.putright.correspondence.LetterType;
import org.putright.remedies.FollowThrough;
import org.putright.residents.CareReviews;
import org.putright.residents.ReviewDue;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.web.Ombudsman;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live evidence, computed from the record for a period: each measure counts the steps whose measured date falls in
 * the period (docs/decisions/0021). Complaints are read a few hundred at a time; letters, remedies and learning with
 * one query per batch, so a landlord-year of cases is one pass.
 */
@Component
class RecordEvidence implements EvidenceSource {

    /**
     * How long before the period a finished case is still read: a step can fall due after the case was finished (a
     * response issued early, a remedy due after the response), so the deadline, not the finish, may be in the period.
     */
    static final int FINISHED_MARGIN_DAYS = 92;

    private static final int BATCH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One measure: its id and what it counts, in the words the page and the API show. */
    record Measure(String id, String description) {
    }

    static final List<Measure> MEASURES = List.of(
            new Measure("service-requests-resolved", "Service requests received in the period that have been resolved"),
            new Measure("service-request-complaints",
                    "Complaints received in the period about the response to a service request, where the service request went on to be resolved"),
            new Measure("refusals-explained",
                    "Complaints not accepted, or escalations refused, in the period with reasons particular to the case and a letter giving the Ombudsman's contact details"),
            new Measure("representatives-with-consent", "Complaints received in the period through a representative, with the resident's consent recorded"),
            new Measure("complaints-defined",
                    "Stages acknowledged in the period with a complaint definition: the landlord's understanding and the outcomes sought (or the clarification asked for)"),
            new Measure("adjustments-reviewed-on-time", "Reviews of reasonable adjustments due in the period, held by the review date"),
            new Measure("restrictions-reviewed-on-time", "Reviews of contact restrictions due in the period, held by the review date"),
            new Measure("stage-1-acknowledged-on-time", "Stage 1 acknowledgements due in the period, made on time"),
            new Measure("stage-2-acknowledged-on-time", "Stage 2 acknowledgements due in the period, made on time"),
            new Measure("stage-1-responded-on-time", "Stage 1 responses due in the period (with any extension), issued on time"),
            new Measure("stage-2-responded-on-time", "Stage 2 responses due in the period (with any extension), issued on time"),
            new Measure("stage-1-extensions-within-limit",
                    "Stage 1 extensions the resident was told of in the period, with a reason, and within the limit or with a good reason recorded"),
            new Measure("stage-2-extensions-within-limit",
                    "Stage 2 extensions the resident was told of in the period, with a reason, and within the limit or with a good reason recorded"),
            new Measure("stage-1-extension-letters-give-ombudsman",
                    "Stage 1 extensions in the period whose letter to the resident gives the Ombudsman's contact details"),
            new Measure("stage-2-extension-letters-give-ombudsman",
                    "Stage 2 extensions in the period whose letter to the resident gives the Ombudsman's contact details"),
            new Measure("stage-1-responses-complete", "Stage 1 responses issued in the period confirming every element the Code requires"),
            new Measure("stage-2-responses-complete", "Stage 2 responses issued in the period confirming every element the Code requires"),
            new Measure("stage-2-different-handler",
                    "Stage 2 acknowledgements in the period where no one who handled stage 1 handled stage 2"),
            new Measure("remedies-followed-through",
                    "Actions promised in responses and financial remedies falling due in the period, completed or paid by the date given"),
            new Measure("learning-recorded", "Complaints responded to in the period with what was learned from them recorded"));

    /** A case behind a figure, with where the page links to (a complaint, or a resident's adjustments or restrictions). */
    record Item(UUID complaintId, String reference, boolean met, String note, String href) {

        LiveEvidence.EvidenceCase asCase() {
            return new LiveEvidence.EvidenceCase(complaintId, reference, met, note);
        }
    }

    /** A measure's figure with its cases, as the page shows it. */
    record Measured(Measure measure, List<String> provisions, long met, long total, BigDecimal percent, List<Item> items) {

        LiveEvidence asEvidence() {
            return new LiveEvidence(measure.id(), measure.description(), provisions, met, total, percent,
                    items.stream().map(Item::asCase).toList());
        }
    }

    private final ComplaintQueries complaints;
    private final Schemes schemes;
    private final LetterArchive letters;
    private final FollowThrough followThrough;
    private final CareReviews careReviews;
    private final WorkingDays workingDays;
    private final EvidenceMap map;

    RecordEvidence(ComplaintQueries complaints, Schemes schemes, LetterArchive letters, FollowThrough followThrough,
            CareReviews careReviews, WorkingDays workingDays, EvidenceMap map) {
        this.complaints = complaints;
        this.schemes = schemes;
        this.letters = letters;
        this.followThrough = followThrough;
        this.careReviews = careReviews;
        this.workingDays = workingDays;
        this.map = map;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LiveEvidence> forPeriod(String codeVersion, LocalDate from, LocalDate to) {
        return measure(codeVersion, from, to).stream().map(Measured::asEvidence).toList();
    }

    /** Checks the request, as the API and page pass it on. */
    void check(String codeVersion, LocalDate from, LocalDate to) {
        if (codeVersion == null || codeVersion.isBlank() || !map.knowsVersion(codeVersion)) {
            throw new InvalidRequestException("codeVersion", codeVersion, "must be a version of the Code PutRight knows: 2024 or 2022");
        }
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", null, "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", to.toString(), "cannot be before from (" + from + ")");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new InvalidRequestException("to", to.toString(), "The period can be at most five years");
        }
    }

    @Transactional(readOnly = true)
    List<Measured> measure(String codeVersion, LocalDate from, LocalDate to) {
        check(codeVersion, from, to);
        Counting counting = new Counting(from, to, workingDays.today(), workingDays.current());
        List<UUID> ids = complaints.receivedByAndNotFinishedBefore(to, from.minusDays(FINISHED_MARGIN_DAYS));
        for (int first = 0; first < ids.size(); first += BATCH) {
            List<ComplaintView> views = complaints.views(ids.subList(first, Math.min(ids.size(), first + BATCH)));
            views.forEach(counting::count);
            counting.finishBatch();
        }
        counting.finish();
        List<Measured> measured = new ArrayList<>();
        for (Measure measure : MEASURES) {
            List<Item> items = counting.items.getOrDefault(measure.id(), List.of());
            long met = items.stream().filter(Item::met).count();
            measured.add(new Measured(measure, map.provisions(measure.id(), codeVersion), met, items.size(), percent(met, items.size()),
                    items));
        }
        return measured;
    }

    Measure find(String id) {
        return MEASURES.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    static BigDecimal percent(long met, long total) {
        return total == 0 ? null : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    static String day(LocalDate date) {
        return date == null ? "none" : DAY.format(date);
    }

    /** The counting for one request: items per measure, and what must be looked up once a batch is read. */
    private final class Counting {

        final LocalDate from;
        final LocalDate to;
        final LocalDate today;
        final WorkingDayCalendar calendar;
        final Map<String, List<Item>> items = new LinkedHashMap<>();

        /** Waiting for the batch's letters: refusals and extensions, by complaint. */
        final List<Pending> refusals = new ArrayList<>();
        final List<Pending> extensions = new ArrayList<>();
        /** Waiting for the batch's remedy outcomes and learning. */
        final List<Pending> remedies = new ArrayList<>();
        final Map<UUID, String> responded = new LinkedHashMap<>();
        /** Complaints raised about service requests, waiting for the requests (which may be outside the batch). */
        final Map<UUID, Pending> raisedFrom = new LinkedHashMap<>();

        Counting(LocalDate from, LocalDate to, LocalDate today, WorkingDayCalendar calendar) {
            this.from = from;
            this.to = to;
            this.today = today;
            this.calendar = calendar;
        }

        /** A case waiting for a look-up; {@code n} is the extension's place in its stage or the remedy's index. */
        record Pending(ComplaintView complaint, int stage, int n, Object detail) {
        }

        boolean within(LocalDate date) {
            return date != null && !date.isBefore(from) && !date.isAfter(to);
        }

        void add(String measure, ComplaintView c, boolean met, String note) {
            add(measure, new Item(c.id(), c.reference(), met, note, "/cases/" + c.id()));
        }

        void add(String measure, Item item) {
            items.computeIfAbsent(measure, k -> new ArrayList<>()).add(item);
        }

        void count(ComplaintView c) {
            if ("SERVICE_REQUEST".equals(c.kind())) {
                if (within(c.receivedOn())) {
                    LocalDate resolved = c.serviceRequest() == null ? null : c.serviceRequest().resolvedOn();
                    add("service-requests-resolved", c, resolved != null,
                            resolved != null ? "Received " + day(c.receivedOn()) + "; resolved " + day(resolved)
                                    : "Received " + day(c.receivedOn()) + "; not resolved yet");
                }
                return;
            }
            if (within(c.receivedOn())) {
                c.links().stream().filter(l -> "RAISED_FROM".equals(l.relation())).findFirst()
                        .ifPresent(l -> raisedFrom.put(c.id(), new Pending(c, 1, 0, l.complaintId())));
                if (c.representative() != null) {
                    boolean consent = c.representative().consentGiven();
                    String who = c.representative().relationship() == null ? "Representative"
                            : "Representative (" + c.representative().relationship().name().toLowerCase(Locale.UK) + ")";
                    add("representatives-with-consent", c, consent, who + (consent ? "; consent recorded" : "; no consent recorded"));
                }
            }
            ComplaintScheme scheme = schemes.byId(c.scheme()).orElse(null);
            for (StageView stage : c.stages()) {
                int s = stage.stage();
                if (s > 2) {
                    continue;
                }
                if (stage.refusal() != null && within(stage.refusal().decidedOn())) {
                    refusals.add(new Pending(c, s, 0, stage.refusal()));
                }
                if (within(stage.acknowledgedOn())) {
                    var d = stage.definition();
                    boolean understood = d != null && d.summary() != null && !d.summary().isBlank();
                    boolean outcomes = d != null && (d.outcomesSought().stream().anyMatch(o -> o != null && !o.isBlank())
                            || d.clarificationRequested() != null && !d.clarificationRequested().isBlank());
                    add("complaints-defined", c, understood && outcomes, "Stage " + s + " acknowledged " + day(stage.acknowledgedOn())
                            + (!understood ? "; no understanding of the complaint recorded"
                                    : !outcomes ? "; no outcomes sought or clarification recorded" : "; defined"));
                    if (s == 2) {
                        differentHandler(c);
                    }
                }
                timeliness(c, stage);
                extensions(c, stage, scheme);
                if (stage.response() != null && within(stage.response().respondedOn())) {
                    responded.putIfAbsent(c.id(), c.reference());
                    if (scheme != null) {
                        elements(c, stage, scheme);
                    }
                }
                if (stage.response() != null) {
                    List<Remedy> offered = stage.response().remedies() == null ? List.of() : stage.response().remedies();
                    for (int i = 0; i < offered.size(); i++) {
                        Remedy remedy = offered.get(i);
                        LocalDate due = remedy.dueOn() != null ? remedy.dueOn() : stage.response().respondedOn();
                        if ((remedy.type() == Remedy.Type.FINANCIAL || remedy.financial() != null) && within(due)) {
                            remedies.add(new Pending(c, s, i, remedy));
                        }
                    }
                }
            }
        }

        private void timeliness(ComplaintView c, StageView stage) {
            int s = stage.stage();
            if (stage.deadlines() == null) {
                return;
            }
            LocalDate ackBy = stage.deadlines().acknowledgeBy();
            if (within(ackBy)) {
                Timeliness t = s == 1 ? c.timeliness().stage1Acknowledgement() : c.timeliness().stage2Acknowledgement();
                if (t == Timeliness.MET || t == Timeliness.MISSED) {
                    String note = "Due " + day(ackBy) + (stage.acknowledgedOn() == null ? "; not acknowledged"
                            : "; acknowledged " + day(stage.acknowledgedOn()) + late(stage.acknowledgedOn(), ackBy));
                    add("stage-" + s + "-acknowledged-on-time", c, t == Timeliness.MET, note);
                }
            }
            LocalDate respondBy = stage.deadlines().respondBy();
            if (within(respondBy)) {
                Timeliness t = s == 1 ? c.timeliness().stage1Response() : c.timeliness().stage2Response();
                if (t == Timeliness.MET || t == Timeliness.MISSED) {
                    LocalDate on = stage.response() == null ? null : stage.response().respondedOn();
                    int extended = stage.deadlines().extendedByWorkingDays();
                    String note = "Due " + day(respondBy) + (extended > 0 ? " (extended by " + extended + " working days)" : "")
                            + (on == null ? "; no response" : "; responded " + day(on) + late(on, respondBy));
                    add("stage-" + s + "-responded-on-time", c, t == Timeliness.MET, note);
                }
            }
        }

        private String late(LocalDate done, LocalDate due) {
            if (!done.isAfter(due)) {
                return "";
            }
            int days = calendar.workingDaysBetween(due, done);
            return ", " + days + (days == 1 ? " working day" : " working days") + " late";
        }

        private void extensions(ComplaintView c, StageView stage, ComplaintScheme scheme) {
            int s = stage.stage();
            int total = 0;
            for (int i = 0; i < stage.extensions().size(); i++) {
                ComplaintView.ExtensionView e = stage.extensions().get(i);
                total += e.workingDays();
                if (!within(e.residentInformedOn())) {
                    continue;
                }
                int limit = scheme == null ? Integer.MAX_VALUE : scheme.stage(s).extension().maxWorkingDaysWithoutGoodReason();
                boolean reason = e.reason() != null && !e.reason().isBlank();
                boolean good = e.goodReason() != null && !e.goodReason().isBlank();
                boolean withinLimit = total <= limit || good;
                String note = e.workingDays() + " working days (" + total + " in all at stage " + s + ", limit " + limit + ")"
                        + (!reason ? "; no reason given" : total > limit ? (good ? "; good reason recorded" : "; over the limit with no good reason") : "");
                add("stage-" + s + "-extensions-within-limit", c, reason && withinLimit, note);
                extensions.add(new Pending(c, s, i, e));
            }
        }

        private void elements(ComplaintView c, StageView stage, ComplaintScheme scheme) {
            int s = stage.stage();
            ComplaintView.ResponseView r = stage.response();
            List<String> missing = new ArrayList<>();
            for (ComplaintScheme.LabelledElement wanted : scheme.stage(s).responseElements().elements()) {
                boolean present = switch (wanted.element()) {
                    case STAGE -> true;
                    case DEFINITION -> stage.definition() != null && !blank(stage.definition().summary());
                    case DECISION -> r.decision() != null;
                    case REASONS -> !blank(r.reasons());
                    case REMEDY -> (r.remedies() != null && !r.remedies().isEmpty()
                            && r.remedies().stream().allMatch(x -> x.type() != null && !blank(x.description())))
                            || ((r.remedies() == null || r.remedies().isEmpty()) && !blank(r.noRemedyReason()));
                    case OUTSTANDING_ACTIONS -> (r.outstandingActions() != null && !r.outstandingActions().isEmpty())
                            || r.noOutstandingActions();
                    case ESCALATION -> !blank(r.escalationRoute());
                };
                if (!present) {
                    missing.add((wanted.label() == null ? "" : wanted.label() + ". ") + description(wanted.element()));
                }
            }
            add("stage-" + s + "-responses-complete", c, missing.isEmpty(), "Responded " + day(r.respondedOn())
                    + (missing.isEmpty() ? "; every element confirmed" : "; missing: " + String.join("; ", missing)));
        }

        private void differentHandler(ComplaintView c) {
            Set<String> first = new LinkedHashSet<>();
            Set<String> second = new LinkedHashSet<>();
            for (ComplaintView.HistoryEntry entry : c.history()) {
                if (entry.details() instanceof ComplaintEvent.StageAcknowledged a) {
                    (a.stage() == 1 ? first : second).add(a.handler());
                }
                else if (entry.details() instanceof ComplaintEvent.HandlerAssigned a) {
                    (a.stage() == 1 ? first : second).add(a.handler());
                }
            }
            Set<String> both = new LinkedHashSet<>(second);
            both.retainAll(first);
            add("stage-2-different-handler", c, both.isEmpty(), "Stage 1: " + String.join(", ", first) + "; stage 2: "
                    + String.join(", ", second) + (both.isEmpty() ? "" : "; handled both stages: " + String.join(", ", both)));
        }

        /** Looks up what the batch's cases wait for: their letters, remedies' outcomes and learning. */
        void finishBatch() {
            Set<UUID> withLetters = new LinkedHashSet<>();
            refusals.forEach(p -> withLetters.add(p.complaint().id()));
            extensions.forEach(p -> withLetters.add(p.complaint().id()));
            Map<UUID, List<LetterArchive.LetterText>> byComplaint = new HashMap<>();
            letters.texts(withLetters, List.of(LetterType.REFUSAL, LetterType.ESCALATION_REFUSAL, LetterType.EXTENSION))
                    .forEach(l -> byComplaint.computeIfAbsent(l.complaintId(), k -> new ArrayList<>()).add(l));
            for (Pending p : refusals) {
                ComplaintView.RefusalView refusal = (ComplaintView.RefusalView) p.detail();
                LetterType type = p.stage() == 1 ? LetterType.REFUSAL : LetterType.ESCALATION_REFUSAL;
                List<LetterArchive.LetterText> sent = byComplaint.getOrDefault(p.complaint().id(), List.of()).stream()
                        .filter(l -> l.type() == type && l.stage() == p.stage()).toList();
                boolean reasons = !blank(refusal.reasons());
                boolean signposted = sent.stream().anyMatch(l -> givesOmbudsman(l.text()));
                String what = p.stage() == 1 ? "Not accepted " : "Escalation refused ";
                add("refusals-explained", p.complaint(), reasons && signposted, what + day(refusal.decidedOn()) + " (" + refusal.ground() + ")"
                        + (!reasons ? "; no reasons recorded" : "") + (sent.isEmpty() ? "; no refusal letter issued"
                                : signposted ? "; letter gives the Ombudsman's contact details" : "; letter does not give the Ombudsman's contact details"));
            }
            for (Pending p : extensions) {
                ComplaintView.ExtensionView e = (ComplaintView.ExtensionView) p.detail();
                // the nth extension of a stage is told by that stage's nth extension letter
                List<LetterArchive.LetterText> sent = byComplaint.getOrDefault(p.complaint().id(), List.of()).stream()
                        .filter(l -> l.type() == LetterType.EXTENSION && l.stage() == p.stage()).toList();
                LetterArchive.LetterText letter = p.n() < sent.size() ? sent.get(p.n()) : null;
                boolean signposted = letter != null && givesOmbudsman(letter.text());
                add("stage-" + p.stage() + "-extension-letters-give-ombudsman", p.complaint(), signposted, "Resident told "
                        + day(e.residentInformedOn()) + " of " + e.workingDays() + " working days more" + (letter == null ? "; no extension letter issued"
                                : signposted ? "; letter gives the Ombudsman's contact details" : "; letter does not give the Ombudsman's contact details"));
            }
            List<UUID> remedyCases = remedies.stream().map(p -> p.complaint().id()).distinct().toList();
            Map<String, FollowThrough.RemedyOutcome> outcomes = new HashMap<>();
            followThrough.remedyOutcomes(remedyCases)
                    .forEach(o -> outcomes.put(o.complaintId() + "/" + o.stage() + "/" + o.index(), o));
            for (Pending p : remedies) {
                Remedy remedy = (Remedy) p.detail();
                FollowThrough.RemedyOutcome outcome = outcomes.get(p.complaint().id() + "/" + p.stage() + "/" + p.n());
                String what = "Stage " + p.stage() + " remedy: " + remedy.description();
                if (outcome != null && "DECLINED".equals(outcome.status())) {
                    continue; // the resident declined it: nothing was left to follow through
                }
                if (outcome != null && "PAID".equals(outcome.status())) {
                    boolean onTime = remedy.dueOn() == null || !outcome.on().isAfter(remedy.dueOn());
                    add("remedies-followed-through", p.complaint(), onTime, what + "; paid " + day(outcome.on())
                            + (remedy.dueOn() == null ? "" : onTime ? " (due " + day(remedy.dueOn()) + ")" : ", after it was due on " + day(remedy.dueOn())));
                }
                else if (remedy.dueOn() != null && !today.isAfter(remedy.dueOn())) {
                    continue; // not due yet: neither met nor missed
                }
                else {
                    add("remedies-followed-through", p.complaint(), false, what + "; not paid" + (remedy.dueOn() == null ? " (no date given)"
                            : ", due " + day(remedy.dueOn())));
                }
            }
            refusals.clear();
            extensions.clear();
            remedies.clear();
        }

        /** Once every batch is read: complaints raised about service requests, promised actions, learning, reviews. */
        void finish() {
            List<UUID> sources = raisedFrom.values().stream().map(p -> (UUID) p.detail()).distinct().toList();
            Map<UUID, ComplaintView> requests = new HashMap<>();
            for (int first = 0; first < sources.size(); first += BATCH) {
                complaints.views(sources.subList(first, Math.min(sources.size(), first + BATCH))).forEach(v -> requests.put(v.id(), v));
            }
            for (Pending p : raisedFrom.values()) {
                ComplaintView request = requests.get((UUID) p.detail());
                if (request == null || request.serviceRequest() == null) {
                    continue; // raised from a complaint (an additional complaint), not from a service request
                }
                LocalDate resolved = request.serviceRequest().resolvedOn();
                add("service-request-complaints", p.complaint(), resolved != null, "About service request " + request.reference()
                        + (resolved != null ? ", resolved " + day(resolved) : ", not resolved yet"));
            }
            for (FollowThrough.PromisedAction a : followThrough.actionsDueBetween(from, to)) {
                String what = "Stage " + a.stage() + " action: " + a.description() + "; due " + day(a.dueOn());
                Item item;
                if (a.completedOn() != null) {
                    boolean onTime = !a.completedOn().isAfter(a.dueOn());
                    item = new Item(a.complaintId(), a.reference(), onTime, what + "; done " + day(a.completedOn()) + (onTime ? "" : ", late"),
                            "/cases/" + a.complaintId());
                }
                else if (a.dueOn().isBefore(today)) {
                    item = new Item(a.complaintId(), a.reference(), false, what + "; not done (overdue)", "/cases/" + a.complaintId());
                }
                else {
                    continue; // open, and not due yet
                }
                add("remedies-followed-through", item);
            }
            List<UUID> respondedIds = List.copyOf(responded.keySet());
            Set<UUID> learned = followThrough.withLearning(respondedIds);
            for (UUID id : respondedIds) {
                boolean met = learned.contains(id);
                add("learning-recorded", new Item(id, responded.get(id), met, met ? "Learning recorded" : "No learning recorded",
                        "/cases/" + id));
            }
            for (CareReviews.Occasion o : careReviews.dueBetween(from, to)) {
                if (o.reviewedOn() == null && !o.dueOn().isBefore(today)) {
                    continue; // due today or later and not yet reviewed: not missed yet
                }
                boolean met = o.reviewedOn() != null && !o.reviewedOn().isAfter(o.dueOn());
                boolean adjustment = o.item() == ReviewDue.Item.ADJUSTMENT;
                String reference = o.tenancyReference() != null ? o.tenancyReference() : o.residentName();
                String note = (adjustment ? "Adjustment: " : "Restriction: ") + o.what() + "; review due " + day(o.dueOn())
                        + (o.reviewedOn() == null ? "; not reviewed" : "; reviewed " + day(o.reviewedOn()) + (met ? "" : ", late"));
                add(adjustment ? "adjustments-reviewed-on-time" : "restrictions-reviewed-on-time", new Item(null, reference, met, note,
                        "/residents/" + o.residentId() + (adjustment ? "/adjustments" : "/restrictions")));
            }
        }
    }

    static boolean givesOmbudsman(String text) {
        if (text == null) {
            return false;
        }
        Ombudsman o = Ombudsman.HOUSING_OMBUDSMAN;
        // contact details: a way to reach them, not only their name
        return text.contains(o.phone()) || text.contains(o.email()) || text.contains(o.website().replace("https://", ""));
    }

    private static String description(ResponseElement element) {
        return element.description();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

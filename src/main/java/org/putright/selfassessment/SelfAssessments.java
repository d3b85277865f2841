package org.putright.selfassessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments against a version of the Code (2024 Code 8.1, 8.3, 8.4): an assessment per period, its answers
 * per provision kept as versions, its actions with their progress as status rows, and its sign-off, governing body
 * consideration and publication as events. What an assessment says now is worked out from those rows when it is read,
 * together with the live evidence for its period and the flags that evidence raises.
 */
@Service
public class SelfAssessments {

    enum Reason {
        ANNUAL, RESTRUCTURE, OMBUDSMAN_INVESTIGATION
    }

    enum Comply {
        YES, NO, PARTLY, NOT_APPLICABLE
    }

    enum ActionStatus {
        OPEN, IN_PROGRESS, COMPLETE
    }

    enum EventKind {
        SIGNED_OFF, GOVERNING_BODY, PUBLISHED
    }

    /** Live evidence for a provision: the sum over the measures naming it; percent to one decimal place, null when total is 0. */
    record Figure(long met, long total, BigDecimal percent, List<LiveEvidence> measures) {
    }

    record AnswerVersion(int version, Comply comply, String evidence, String commentary, String alternativeApproach,
            boolean confirmedDespiteEvidence, BigDecimal confirmedPercent, boolean carriedOver, String recordedBy, Instant recordedAt) {
    }

    record StatusChange(ActionStatus status, String completionEvidence, String recordedBy, Instant recordedAt) {
    }

    /**
     * An action; {@code overdue} when its target date has passed and it is not complete (and not carried forward into a
     * later assessment, where it is followed up). {@code carriedFrom}: the action in last year's assessment it carries
     * forward; {@code carriedTo}: the action in a later assessment that carries this one forward.
     */
    record Action(UUID id, String provision, String description, String owner, LocalDate targetDate, ActionStatus status,
            String completionEvidence, boolean overdue, UUID carriedFrom, UUID carriedFromAssessment, UUID carriedTo, UUID carriedToAssessment,
            List<StatusChange> history, String recordedBy, Instant recordedAt) {
    }

    /**
     * A provision with its current answer (null fields until answered), the live evidence and the flags.
     * {@code changedSinceLastYear} is null when the assessment did not start from an earlier one.
     */
    record ProvisionAnswer(String number, int section, String sectionTitle, String requirement, ProvisionKind kind, Comply comply,
            String evidence, String commentary, String alternativeApproach, boolean alternativeApproachRequired, boolean alternativeApproachMissing,
            boolean confirmedDespiteEvidence, BigDecimal confirmedPercent, boolean carriedOver, Boolean changedSinceLastYear, Comply lastYear,
            Figure liveEvidence, boolean contradicted, String contradiction, boolean contradictionReviewed, List<Action> actions,
            List<AnswerVersion> history) {
    }

    record Event(EventKind kind, LocalDate on, String note, String recordedBy, Instant recordedAt) {
    }

    record Progress(int answered, int total) {
    }

    /** An assessment as it stands. {@code contradicted}: provisions the live evidence contradicts (reviewed or not). */
    record Assessment(UUID id, String codeVersion, String codeTitle, LocalDate periodStart, LocalDate periodEnd, Reason reason,
            UUID startedFrom, String importedFrom, List<ProvisionAnswer> provisions, Progress progress, List<String> contradicted,
            List<String> unreviewedContradictions, List<String> alternativeApproachMissing, int openActions, int overdueActions,
            Event signOff, Event governingBody, Event publication, String recordedBy, Instant recordedAt) {

        boolean signedOff() {
            return signOff != null;
        }

        ProvisionAnswer provision(String number) {
            return provisions.stream().filter(p -> p.number().equals(number)).findFirst().orElse(null);
        }

        /** The provisions grouped by section, in the Code's order, for pages and exports. */
        Map<String, List<ProvisionAnswer>> bySection() {
            Map<String, List<ProvisionAnswer>> sections = new LinkedHashMap<>();
            for (ProvisionAnswer p : provisions) {
                sections.computeIfAbsent("Section " + p.section() + ": " + p.sectionTitle(), k -> new ArrayList<>()).add(p);
            }
            return sections;
        }
    }

    /** One line of the list. */
    record Listed(UUID id, String codeVersion, LocalDate periodStart, LocalDate periodEnd, Reason reason, UUID startedFrom,
            LocalDate signedOffOn, LocalDate governingBodyOn, LocalDate publishedOn, Instant recordedAt) {
    }

    /**
     * What to start: {@code startFrom} an earlier assessment, or null for the latest earlier one of the same version
     * (none when {@code fresh}).
     */
    record NewAssessment(String codeVersion, LocalDate periodStart, LocalDate periodEnd, String reason, UUID startFrom, boolean fresh) {
    }

    record Answer(String comply, String evidence, String commentary, String alternativeApproach, boolean confirmedDespiteEvidence) {
    }

    record NewAction(String description, String owner, LocalDate targetDate) {
    }

    static final int MAX_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final CodeVersions codes;
    private final List<EvidenceSource> evidenceSources;
    private final LiveEvidenceContradictsCompliance contradictions;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final Clock clock;

    SelfAssessments(JdbcClient jdbc, CodeVersions codes, List<EvidenceSource> evidenceSources, LiveEvidenceContradictsCompliance contradictions,
            StaffDirectory staff, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.evidenceSources = evidenceSources;
        this.contradictions = contradictions;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the public summary

    /**
     * The self-assessment for the annual report (8.1 a): the latest assessment whose period ends between {@code from}
     * and {@code to} (both included), preferring a signed-off one; empty when there is none.
     */
    @Transactional(readOnly = true)
    public Optional<SelfAssessmentSummary> summaryFor(LocalDate from, LocalDate to) {
        List<Listed> candidates = list().stream()
                .filter(a -> !a.periodEnd().isBefore(from) && !a.periodEnd().isAfter(to))
                .sorted(Comparator.comparing((Listed a) -> a.signedOffOn() == null).thenComparing(Listed::periodEnd, Comparator.reverseOrder())
                        .thenComparing(Listed::recordedAt, Comparator.reverseOrder()))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Assessment a = get(candidates.getFirst().id());
        Map<Comply, Integer> counts = new java.util.EnumMap<>(Comply.class);
        for (Comply c : Comply.values()) {
            counts.put(c, 0);
        }
        a.provisions().stream().filter(p -> p.comply() != null).forEach(p -> counts.merge(p.comply(), 1, Integer::sum));
        return Optional.of(new SelfAssessmentSummary(a.id(), a.codeVersion(), a.periodStart(), a.periodEnd(), a.reason().name(),
                a.progress().total(), counts.get(Comply.YES), counts.get(Comply.PARTLY), counts.get(Comply.NO), counts.get(Comply.NOT_APPLICABLE),
                a.progress().total() - a.progress().answered(), a.contradicted(), a.openActions(), a.overdueActions(),
                a.signOff() == null ? null : a.signOff().on(), a.signOff() == null ? null : a.signOff().recordedBy(),
                a.governingBody() == null ? null : a.governingBody().on(), a.governingBody() == null ? null : a.governingBody().note(),
                a.publication() == null ? null : a.publication().on(), "/self-assessments/" + a.id()));
    }

    // ------------------------------------------------------------------ changes

    @Transactional
    Assessment create(NewAssessment request) {
        CodeVersion code = version(request.codeVersion());
        Reason reason = reason(request.reason());
        LocalDate start = request.periodStart();
        LocalDate end = request.periodEnd();
        if (start == null) {
            throw new InvalidRequestException("periodStart", null, "Enter the first day of the period assessed");
        }
        if (end == null) {
            throw new InvalidRequestException("periodEnd", null, "Enter the last day of the period assessed");
        }
        if (end.isBefore(start)) {
            throw new InvalidRequestException("periodEnd", end, "The end of the period cannot be before its start (" + start + ")");
        }
        if (end.isAfter(start.plusYears(2))) {
            throw new InvalidRequestException("periodEnd", end, "The period assessed cannot be longer than two years");
        }
        UUID previous = null;
        if (request.startFrom() != null) {
            Listed from = list().stream().filter(a -> a.id().equals(request.startFrom())).findFirst().orElseThrow(
                    () -> new InvalidRequestException("startFrom", request.startFrom(), "There is no self-assessment " + request.startFrom() + " to start from"));
            if (!from.codeVersion().equals(code.version())) {
                throw new InvalidRequestException("startFrom", request.startFrom(), "The assessment to start from answers the " + from.codeVersion()
                        + " Code; its provisions are numbered differently from the " + code.version() + " Code's. Import its form instead.");
            }
            previous = from.id();
        }
        else if (!request.fresh()) {
            previous = list().stream().filter(a -> a.codeVersion().equals(code.version()) && a.periodStart().isBefore(start))
                    .max(Comparator.comparing(Listed::periodEnd).thenComparing(Listed::recordedAt)).map(Listed::id).orElse(null);
        }
        UUID id = insertAssessment(code, start, end, reason, previous, null);
        if (previous != null) {
            carryOver(previous, id, code);
        }
        return get(id);
    }

    /** Starts an assessment from an imported form: its answers and actions are the starting point, as last year's would be. */
    @Transactional
    Assessment createFromImport(NewAssessment request, String filename, ImportedAssessment imported) {
        CodeVersion code = version(request.codeVersion());
        Reason reason = reason(request.reason());
        if (request.periodStart() == null || request.periodEnd() == null || request.periodEnd().isBefore(request.periodStart())) {
            throw new InvalidRequestException(request.periodStart() == null ? "periodStart" : "periodEnd", null,
                    "Enter the period assessed, its end not before its start");
        }
        if (imported.codeVersion() != null && !imported.codeVersion().equals(code.version())) {
            throw new InvalidRequestException("codeVersion", code.version(), "The form answers the " + imported.codeVersion()
                    + " Code, not the " + code.version() + " Code: choose " + imported.codeVersion() + " or import a " + code.version() + " form");
        }
        UUID id = insertAssessment(code, request.periodStart(), request.periodEnd(), reason, null, filename == null ? "uploaded form"
                : filename.length() > 255 ? filename.substring(0, 255) : filename);
        for (ImportedAssessment.Answer answer : imported.answers()) {
            if (code.provision(answer.number()).isEmpty()) {
                continue;
            }
            Comply comply = answer.comply() == null ? null : parseComply(answer.comply(), "comply");
            insertAnswer(id, answer.number(), 1, comply, clip(answer.evidence()), clip(answer.commentary()), null, false, null, true);
            for (ImportedAssessment.Action action : answer.actions() == null ? List.<ImportedAssessment.Action>of() : answer.actions()) {
                if (action.description() == null || action.description().isBlank()) {
                    continue;
                }
                String owner = action.owner() == null || action.owner().isBlank() ? "Not given on the form" : action.owner().trim();
                insertAction(id, answer.number(), clip(action.description().trim(), 2000), clip(owner, 200), action.targetDate(), null);
            }
        }
        return get(id);
    }

    private UUID insertAssessment(CodeVersion code, LocalDate start, LocalDate end, Reason reason, UUID startedFrom, String importedFrom) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into self_assessment (id, code_version, period_start, period_end, reason, started_from, imported_from, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, code.version(), start, end, reason.name(), startedFrom, importedFrom, actor(), now()).update();
        return id;
    }

    /** Last year's answers become this year's starting point; its actions not complete are carried forward, linked to the originals. */
    private void carryOver(UUID previous, UUID id, CodeVersion code) {
        Assessment last = get(previous);
        for (ProvisionAnswer p : last.provisions()) {
            if (p.comply() != null || p.evidence() != null || p.commentary() != null) {
                insertAnswer(id, p.number(), 1, p.comply(), p.evidence(), p.commentary(), p.alternativeApproach(), false, null, true);
            }
            for (Action action : p.actions()) {
                if (action.status() != ActionStatus.COMPLETE && action.carriedTo() == null) {
                    insertAction(id, p.number(), action.description(), action.owner(), action.targetDate(), action.id());
                }
            }
        }
    }

    @Transactional
    Assessment answer(UUID id, String number, Answer answer) {
        Assessment current = get(id);
        Provision provision = provisionOf(current, number);
        open(current);
        Comply comply = answer.comply() == null || answer.comply().isBlank() ? null : parseComply(answer.comply(), "comply");
        String evidence = text("evidence", answer.evidence(), "The evidence");
        String commentary = text("commentary", answer.commentary(), "The commentary");
        String alternative = text("alternativeApproach", answer.alternativeApproach(), "The explanation of the alternative approach");
        if (comply == null && evidence == null && commentary == null) {
            throw new InvalidRequestException("comply", null, "Choose whether " + number + " is complied with, or enter evidence or commentary");
        }
        BigDecimal confirmedPercent = null;
        boolean confirmed = false;
        Figure figure = answer.confirmedDespiteEvidence() ? liveEvidence(current).get(number) : null;
        String contradiction = contradictions.contradiction(comply, figure);
        // a confirmation with nothing contradicting the new answer (changed to Partly, say) has nothing to confirm
        if (contradiction != null) {
            confirmed = true;
            if (commentary == null) {
                throw new InvalidRequestException("commentary", null,
                        "Explain in the commentary why the answer stands despite the live evidence (" + contradiction + ")");
            }
            confirmedPercent = figure.percent();
        }
        int version = current.provision(number).history().size() + 1;
        insertAnswer(id, number, version, comply, evidence, commentary, alternative, confirmed, confirmedPercent, false);
        return get(id);
    }

    @Transactional
    Action addAction(UUID id, String number, NewAction request) {
        Assessment current = get(id);
        provisionOf(current, number);
        open(current);
        String description = required("description", request.description(), 2000, "what will be done");
        String owner = required("owner", request.owner(), 200, "who owns the action (a job title, such as Customer Voice Lead)");
        if (request.targetDate() != null && request.targetDate().isBefore(current.periodStart())) {
            throw new InvalidRequestException("targetDate", request.targetDate(),
                    "The target date cannot be before the period assessed starts (" + current.periodStart() + ")");
        }
        UUID action = insertAction(id, number, description, owner, request.targetDate(), null);
        return get(id).provision(number).actions().stream().filter(a -> a.id().equals(action)).findFirst().orElseThrow();
    }

    /** Progress on an action, allowed after sign-off too: the actions are the assessment's follow-up. */
    @Transactional
    Action changeActionStatus(UUID id, UUID actionId, String statusName, String completionEvidence) {
        Assessment current = get(id);
        Action action = current.provisions().stream().flatMap(p -> p.actions().stream()).filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Self-assessment " + id + " has no action " + actionId + "."));
        ActionStatus status = parse(ActionStatus.class, statusName);
        if (status == null) {
            throw new InvalidRequestException("status", statusName, "Choose the action's status: OPEN, IN_PROGRESS or COMPLETE");
        }
        String evidence = text("completionEvidence", completionEvidence, "The completion evidence");
        if (status == ActionStatus.COMPLETE && evidence == null) {
            throw new InvalidRequestException("completionEvidence", null, "Enter the evidence the action was completed, such as the document or decision");
        }
        if (status == action.status() && Objects.equals(evidence, action.completionEvidence())) {
            throw new ConflictException("The action is already " + label(status) + ".");
        }
        appendActionStatus(actionId, action.history().size() + 1, status, evidence);
        return get(id).provisions().stream().flatMap(p -> p.actions().stream()).filter(a -> a.id().equals(actionId)).findFirst().orElseThrow();
    }

    /**
     * The complaints officer's sign-off (8.1): every provision answered, each contradicted answer reviewed, each unmet
     * "must" explained. Refused otherwise, naming the provisions.
     */
    @Transactional
    Assessment signOff(UUID id, LocalDate on, String note) {
        Assessment current = get(id);
        open(current);
        LocalDate date = on == null ? workingDays.today() : on;
        notInFuture("signedOffOn", date, "The sign-off date");
        List<String> unanswered = current.provisions().stream().filter(p -> p.comply() == null).map(ProvisionAnswer::number).toList();
        if (!unanswered.isEmpty()) {
            throw new InvalidRequestException("provisions", unanswered, unanswered.size() + " provision" + (unanswered.size() == 1 ? " has" : "s have")
                    + " no answer yet: " + String.join(", ", unanswered.size() > 12 ? unanswered.subList(0, 12) : unanswered)
                    + (unanswered.size() > 12 ? " and more" : ""));
        }
        ContradictionReviewedBeforeSignOff.check(current);
        UnmetMustNeedsAlternativeApproach.check(current);
        appendEvent(id, EventKind.SIGNED_OFF, date, text("note", note, "The note"));
        return get(id);
    }

    @Transactional
    Assessment governingBody(UUID id, LocalDate consideredOn, String response) {
        Assessment current = get(id);
        if (!current.signedOff()) {
            throw new ConflictException("The assessment goes to the governing body once the complaints officer has signed it off.");
        }
        if (consideredOn == null) {
            throw new InvalidRequestException("consideredOn", null, "Enter the date the governing body considered the assessment");
        }
        notInFuture("consideredOn", consideredOn, "The date the governing body considered it");
        if (consideredOn.isBefore(current.signOff().on())) {
            throw new InvalidRequestException("consideredOn", consideredOn, "The governing body cannot have considered it before it was signed off ("
                    + current.signOff().on() + ")");
        }
        String text = required("response", response, MAX_TEXT, "the governing body's response");
        appendEvent(id, EventKind.GOVERNING_BODY, consideredOn, text);
        return get(id);
    }

    /** Published with the governing body's response (2024 Code 8.2), so only after the governing body has considered it. */
    @Transactional
    Assessment publish(UUID id, LocalDate publishedOn) {
        Assessment current = get(id);
        if (current.governingBody() == null) {
            throw new ConflictException("The assessment is published with the governing body's response: record the governing body's consideration first.");
        }
        if (publishedOn == null) {
            throw new InvalidRequestException("publishedOn", null, "Enter the date the assessment was published");
        }
        notInFuture("publishedOn", publishedOn, "The publication date");
        if (publishedOn.isBefore(current.signOff().on())) {
            throw new InvalidRequestException("publishedOn", publishedOn, "The publication date cannot be before the sign-off (" + current.signOff().on() + ")");
        }
        appendEvent(id, EventKind.PUBLISHED, publishedOn, null);
        return get(id);
    }

    private void insertAnswer(UUID id, String number, int version, Comply comply, String evidence, String commentary, String alternative,
            boolean confirmed, BigDecimal confirmedPercent, boolean carriedOver) {
        jdbc.sql("""
                insert into self_assessment_answer (assessment_id, provision, version, comply, evidence, commentary, alternative_approach,
                    confirmed_despite_evidence, confirmed_percent, carried_over, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, version, comply == null ? null : comply.name(), evidence, commentary, alternative, confirmed, confirmedPercent,
                        carriedOver, actor(), now())
                .update();
    }

    private UUID insertAction(UUID id, String number, String description, String owner, LocalDate target, UUID carriedFrom) {
        UUID action = UUID.randomUUID();
        jdbc.sql("""
                insert into self_assessment_action (id, assessment_id, provision, description, owner, target_date, carried_from, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(action, id, number, description, owner, target, carriedFrom, actor(), now()).update();
        appendActionStatus(action, 1, ActionStatus.OPEN, null);
        return action;
    }

    private void appendActionStatus(UUID action, int sequence, ActionStatus status, String evidence) {
        jdbc.sql("""
                insert into self_assessment_action_status (action_id, sequence, status, completion_evidence, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(action, sequence, status.name(), evidence, actor(), now()).update();
    }

    private void appendEvent(UUID id, EventKind kind, LocalDate on, String note) {
        int next = jdbc.sql("select coalesce(max(sequence), 0) + 1 from self_assessment_event where assessment_id = ?").param(id)
                .query(Integer.class).single();
        jdbc.sql("insert into self_assessment_event (assessment_id, sequence, kind, on_date, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, next, kind.name(), on, note, actor(), now()).update();
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    List<Listed> list() {
        Map<UUID, Map<EventKind, LocalDate>> events = new HashMap<>();
        jdbc.sql("select assessment_id, kind, on_date from self_assessment_event order by assessment_id, sequence").query(rs -> {
            events.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>()).put(EventKind.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class));
        });
        return jdbc.sql("select id, code_version, period_start, period_end, reason, started_from, recorded_at from self_assessment "
                + "order by period_end desc, recorded_at desc").query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Map<EventKind, LocalDate> e = events.getOrDefault(id, Map.of());
                    return new Listed(id, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            Reason.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), e.get(EventKind.SIGNED_OFF), e.get(EventKind.GOVERNING_BODY),
                            e.get(EventKind.PUBLISHED), instant(rs.getObject(7, OffsetDateTime.class)));
                }).list();
    }

    private record Header(UUID id, String codeVersion, LocalDate start, LocalDate end, Reason reason, UUID startedFrom, String importedFrom,
            String recordedBy, Instant recordedAt) {
    }

    @Transactional(readOnly = true)
    Assessment get(UUID id) {
        Header h = jdbc.sql("select id, code_version, period_start, period_end, reason, started_from, imported_from, recorded_by, recorded_at "
                + "from self_assessment where id = ?").param(id)
                .query((rs, n) -> new Header(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), Reason.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), rs.getString(7),
                        rs.getString(8), instant(rs.getObject(9, OffsetDateTime.class))))
                .optional().orElseThrow(() -> new NotFoundException("There is no self-assessment " + id + "."));
        CodeVersion code = codes.find(h.codeVersion()).orElseThrow(() -> new IllegalStateException("Unknown Code version " + h.codeVersion()));
        LocalDate today = workingDays.today();

        Map<String, List<AnswerVersion>> answers = answers(id);
        Map<String, AnswerVersion> lastYear = h.startedFrom() == null ? Map.of() : latest(answers(h.startedFrom()));
        Map<String, List<Action>> actions = actions(id, today);
        Map<String, Figure> evidence = liveEvidence(code.version(), h.start(), h.end());

        List<ProvisionAnswer> provisions = new ArrayList<>();
        for (Provision p : code.provisions()) {
            List<AnswerVersion> history = List.copyOf(answers.getOrDefault(p.number(), List.of()));
            AnswerVersion a = history.isEmpty() ? null : history.getLast();
            Comply comply = a == null ? null : a.comply();
            Figure figure = evidence.get(p.number());
            String contradiction = contradictions.contradiction(comply, figure);
            boolean reviewed = contradiction != null && a.confirmedDespiteEvidence() && a.commentary() != null;
            boolean altRequired = UnmetMustNeedsAlternativeApproach.applies(p, comply);
            Boolean changed = null;
            Comply previous = null;
            if (h.startedFrom() != null) {
                AnswerVersion before = lastYear.get(p.number());
                previous = before == null ? null : before.comply();
                changed = before == null ? a != null
                        : a == null || before.comply() != a.comply() || !Objects.equals(before.evidence(), a.evidence())
                                || !Objects.equals(before.commentary(), a.commentary());
            }
            provisions.add(new ProvisionAnswer(p.number(), p.section(), p.sectionTitle(), p.requirement(), p.kind(), comply,
                    a == null ? null : a.evidence(), a == null ? null : a.commentary(), a == null ? null : a.alternativeApproach(), altRequired,
                    altRequired && (a.alternativeApproach() == null), a != null && a.confirmedDespiteEvidence(), a == null ? null : a.confirmedPercent(),
                    a != null && a.carriedOver(), changed, previous, figure, contradiction != null, contradiction, reviewed,
                    List.copyOf(actions.getOrDefault(p.number(), List.of())), history));
        }
        Map<EventKind, Event> events = new HashMap<>();
        jdbc.sql("select kind, on_date, note, recorded_by, recorded_at from self_assessment_event where assessment_id = ? order by sequence")
                .param(id).query(rs -> {
                    EventKind kind = EventKind.valueOf(rs.getString(1));
                    events.put(kind, new Event(kind, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            instant(rs.getObject(5, OffsetDateTime.class))));
                });
        List<Action> all = provisions.stream().flatMap(p -> p.actions().stream()).toList();
        return new Assessment(h.id(), h.codeVersion(), code.title(), h.start(), h.end(), h.reason(), h.startedFrom(), h.importedFrom(),
                List.copyOf(provisions), new Progress((int) provisions.stream().filter(p -> p.comply() != null).count(), provisions.size()),
                provisions.stream().filter(ProvisionAnswer::contradicted).map(ProvisionAnswer::number).toList(),
                provisions.stream().filter(p -> p.contradicted() && !p.contradictionReviewed()).map(ProvisionAnswer::number).toList(),
                provisions.stream().filter(ProvisionAnswer::alternativeApproachMissing).map(ProvisionAnswer::number).toList(),
                (int) all.stream().filter(x -> x.status() != ActionStatus.COMPLETE).count(), (int) all.stream().filter(Action::overdue).count(),
                events.get(EventKind.SIGNED_OFF), events.get(EventKind.GOVERNING_BODY), events.get(EventKind.PUBLISHED), h.recordedBy(), h.recordedAt());
    }

    private Map<String, List<AnswerVersion>> answers(UUID id) {
        Map<String, List<AnswerVersion>> answers = new HashMap<>();
        jdbc.sql("""
                select provision, version, comply, evidence, commentary, alternative_approach, confirmed_despite_evidence, confirmed_percent,
                    carried_over, recorded_by, recorded_at
                from self_assessment_answer where assessment_id = ? order by provision, version""")
                .param(id).query(rs -> {
                    String comply = rs.getString(3);
                    answers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new AnswerVersion(rs.getInt(2),
                            comply == null ? null : Comply.valueOf(comply), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            rs.getBigDecimal(8), rs.getBoolean(9), rs.getString(10), instant(rs.getObject(11, OffsetDateTime.class))));
                });
        return answers;
    }

    private static Map<String, AnswerVersion> latest(Map<String, List<AnswerVersion>> answers) {
        Map<String, AnswerVersion> latest = new HashMap<>();
        answers.forEach((number, versions) -> latest.put(number, versions.getLast()));
        return latest;
    }

    private record ActionRow(UUID id, String provision, String description, String owner, LocalDate target, UUID carriedFrom,
            String recordedBy, Instant recordedAt) {
    }

    private Map<String, List<Action>> actions(UUID id, LocalDate today) {
        List<ActionRow> rows = jdbc.sql("select id, provision, description, owner, target_date, carried_from, recorded_by, recorded_at "
                + "from self_assessment_action where assessment_id = ? order by recorded_at, id").param(id)
                .query((rs, n) -> new ActionRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getString(7), instant(rs.getObject(8, OffsetDateTime.class))))
                .list();
        Map<UUID, List<StatusChange>> statuses = new HashMap<>();
        jdbc.sql("select s.action_id, s.status, s.completion_evidence, s.recorded_by, s.recorded_at from self_assessment_action_status s "
                + "join self_assessment_action a on a.id = s.action_id where a.assessment_id = ? order by s.action_id, s.sequence")
                .param(id).query(rs -> {
                    statuses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new StatusChange(
                            ActionStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class))));
                });
        // where this assessment's actions were carried forward to, and where the carried ones came from
        Map<UUID, UUID[]> carriedTo = new HashMap<>();
        jdbc.sql("select c.carried_from, c.id, c.assessment_id from self_assessment_action c join self_assessment_action a on a.id = c.carried_from "
                + "where a.assessment_id = ?").param(id).query(rs -> {
                    carriedTo.put(rs.getObject(1, UUID.class), new UUID[] { rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) });
                });
        Map<UUID, UUID> fromAssessment = new HashMap<>();
        jdbc.sql("select o.id, o.assessment_id from self_assessment_action o join self_assessment_action a on a.carried_from = o.id "
                + "where a.assessment_id = ?").param(id).query(rs -> {
                    fromAssessment.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        Map<String, List<Action>> byProvision = new HashMap<>();
        for (ActionRow r : rows) {
            List<StatusChange> history = List.copyOf(statuses.getOrDefault(r.id(), List.of()));
            StatusChange last = history.isEmpty() ? null : history.getLast();
            ActionStatus status = last == null ? ActionStatus.OPEN : last.status();
            UUID[] to = carriedTo.get(r.id());
            boolean overdue = status != ActionStatus.COMPLETE && to == null && r.target() != null && r.target().isBefore(today);
            byProvision.computeIfAbsent(r.provision(), k -> new ArrayList<>()).add(new Action(r.id(), r.provision(), r.description(), r.owner(),
                    r.target(), status, last == null ? null : last.completionEvidence(), overdue, r.carriedFrom(),
                    r.carriedFrom() == null ? null : fromAssessment.get(r.carriedFrom()), to == null ? null : to[0], to == null ? null : to[1],
                    history, r.recordedBy(), r.recordedAt()));
        }
        // earliest target first, as the published forms list them; undated last
        byProvision.values().forEach(list -> list.sort(Comparator.comparing(Action::targetDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Action::recordedAt).thenComparing(Action::description)));
        return byProvision;
    }

    private Map<String, Figure> liveEvidence(Assessment assessment) {
        return liveEvidence(assessment.codeVersion(), assessment.periodStart(), assessment.periodEnd());
    }

    /** Per provision, the measures naming it summed; a provision no measure names has no live evidence. */
    private Map<String, Figure> liveEvidence(String version, LocalDate from, LocalDate to) {
        Map<String, List<LiveEvidence>> byProvision = new HashMap<>();
        for (EvidenceSource source : evidenceSources) {
            for (LiveEvidence measure : source.forPeriod(version, from, to)) {
                for (String number : measure.provisions()) {
                    byProvision.computeIfAbsent(number, k -> new ArrayList<>()).add(measure);
                }
            }
        }
        Map<String, Figure> figures = new HashMap<>();
        byProvision.forEach((number, measures) -> {
            long met = measures.stream().mapToLong(LiveEvidence::met).sum();
            long total = measures.stream().mapToLong(LiveEvidence::total).sum();
            figures.put(number, new Figure(met, total, percent(met, total), List.copyOf(measures)));
        });
        return figures;
    }

    static BigDecimal percent(long met, long total) {
        return total == 0 ? null : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ helpers

    CodeVersion version(String version) {
        if (version == null || version.isBlank()) {
            throw new InvalidRequestException("codeVersion", version, "Choose the version of the Code assessed against");
        }
        return codes.find(version.trim()).orElseThrow(() -> new InvalidRequestException("codeVersion", version,
                "PutRight does not know a " + version.trim() + " Code; choose one of " + String.join(", ", codes.all().stream().map(CodeVersion::version).toList())));
    }

    private static Reason reason(String reason) {
        Reason parsed = parse(Reason.class, reason);
        if (parsed == null) {
            throw new InvalidRequestException("reason", reason, "Choose why the assessment is done: ANNUAL, RESTRUCTURE or OMBUDSMAN_INVESTIGATION");
        }
        return parsed;
    }

    static Comply parseComply(String comply, String field) {
        Comply parsed = parse(Comply.class, comply == null ? null : comply.replace(' ', '_'));
        if (parsed == null) {
            throw new InvalidRequestException(field, comply, "Choose whether it is complied with: YES, NO, PARTLY or NOT_APPLICABLE");
        }
        return parsed;
    }

    private Provision provisionOf(Assessment assessment, String number) {
        return codes.find(assessment.codeVersion()).flatMap(c -> c.provision(number)).orElseThrow(
                () -> new NotFoundException("The " + assessment.codeVersion() + " Code has no provision " + number + "."));
    }

    private static void open(Assessment assessment) {
        if (assessment.signedOff()) {
            throw new ConflictException("This assessment was signed off on " + assessment.signOff().on()
                    + "; its answers are final. Start a new assessment to review it (8.3, 8.4).");
        }
    }

    private void notInFuture(String field, LocalDate date, String what) {
        if (date.isAfter(workingDays.today())) {
            throw new InvalidRequestException(field, date, what + " cannot be in the future");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidRequestException(field, trimmed.length(), what + " must be 10,000 characters or fewer");
        }
        return trimmed;
    }

    private static String required(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, value, "Enter " + what);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidRequestException(field, trimmed.length(), "This must be " + String.format(Locale.UK, "%,d", max) + " characters or fewer");
        }
        return trimmed;
    }

    private static String clip(String value) {
        return clip(value, MAX_TEXT);
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    static String label(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private String actor() {
        return staff.currentUsername();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}

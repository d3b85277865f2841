package org.putright.complaints;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.putright.calendar.BankHolidays;
import org.putright.calendar.Division;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.complaints.ComplaintEvent.ComplaintReceived;

import tools.jackson.databind.json.JsonMapper;

/**
 * Test data builder for the {@link Complaint} aggregate. It only ever drives the aggregate through its real intent
 * methods, in the order the steps are given, so a built complaint is one the Code's rules allowed. The defaults make a
 * valid case; tests change only what they are about.
 *
 * <pre>
 * Complaint c = aComplaint().receivedOn(date(2026, 3, 2)).under("HOS-2024")
 *         .acknowledged(date(2026, 3, 4), "officer.a").responded(date(2026, 3, 10)).escalated(date(2026, 3, 12)).build();
 * </pre>
 */
final class ComplaintBuilder {

    static final Schemes SCHEMES = Schemes.shipped(JsonMapper.builder().build());
    static final WorkingDayCalendar ENGLAND_AND_WALES = BankHolidays.shipped().calendarFor(Division.ENGLAND_AND_WALES);
    /** "Today" for the intents' no-future-dates check: far enough ahead that no test date is in the future. */
    static final LocalDate FAR_FUTURE = LocalDate.of(2099, 12, 31);

    static final RefusalGround OVER_12_MONTHS = new RefusalGround(RefusalMustBeFairAndReasoned.OVER_12_MONTHS,
            "Over 12 months old", "The issue occurred more than 12 months before the complaint.", true);
    static final RefusalGround LEGAL_PROCEEDINGS = new RefusalGround("LEGAL_PROCEEDINGS", "Legal proceedings started",
            "Legal proceedings about the issue have started.", true);

    private LocalDate receivedOn = LocalDate.of(2026, 3, 2); // a Monday
    private String schemeId;
    private LocalDate issueOccurredOn;
    private String description = "The boiler has not worked for three weeks.";
    private final List<Consumer<Complaint>> steps = new ArrayList<>();
    private Consumer<Complaint> afterEachStep = c -> {
    };

    private ComplaintBuilder() {
    }

    static ComplaintBuilder aComplaint() {
        return new ComplaintBuilder();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static ComplaintScheme scheme(String id) {
        return SCHEMES.byId(id).orElseThrow();
    }

    /** A definition with a summary, an outcome sought and the given points (none: the summary is the one point). */
    static Definition definition(String summary, String... points) {
        return new Definition(summary, List.of(points), List.of("Boiler repaired"), List.of(), List.of(), null);
    }

    /** A decision with reasons on each point. */
    static List<PointDecision> answering(List<String> points) {
        return points.stream().map(p -> new PointDecision(p, Decision.UPHELD, "Our records show " + p.toLowerCase())).toList();
    }

    // ---------------------------------------------------------------- receipt

    ComplaintBuilder receivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
        return this;
    }

    /** The scheme by id; without it, the scheme in force on the received date ({@link Schemes#forReceivedOn}). */
    ComplaintBuilder under(String schemeId) {
        this.schemeId = schemeId;
        return this;
    }

    ComplaintBuilder issueOccurredOn(LocalDate issueOccurredOn) {
        this.issueOccurredOn = issueOccurredOn;
        return this;
    }

    ComplaintBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    // ---------------------------------------------------------------- intents, in order

    ComplaintBuilder confirmedAsComplaint() {
        return then(c -> c.confirmAsComplaint("Resident wants to complain"));
    }

    ComplaintBuilder triagedAsServiceRequest() {
        return then(c -> c.triageAsServiceRequest("First report of the repair; raised a job", true));
    }

    ComplaintBuilder serviceRequestResolved(LocalDate on) {
        return then(c -> c.resolveServiceRequest(on, "Repaired", FAR_FUTURE));
    }

    /** Acknowledges the current stage with a one-point definition (the summary). */
    ComplaintBuilder acknowledged(LocalDate on, String handler) {
        return acknowledged(on, handler, definition("No heating or hot water for three weeks"));
    }

    ComplaintBuilder acknowledged(LocalDate on, String handler, Definition definition) {
        return then(c -> c.acknowledge(on, handler, definition, FAR_FUTURE));
    }

    ComplaintBuilder assigned(String handler) {
        return then(c -> c.assign(handler));
    }

    ComplaintBuilder extended(int workingDays, LocalDate residentInformedOn) {
        return extended(workingDays, residentInformedOn, null);
    }

    ComplaintBuilder extended(int workingDays, LocalDate residentInformedOn, String goodReason) {
        return then(c -> c.extend(workingDays, "Waiting for the contractor's report", residentInformedOn, goodReason, 5, FAR_FUTURE,
                ENGLAND_AND_WALES));
    }

    ComplaintBuilder joined(String description) {
        return then(c -> {
            if (!c.additionalComplaint(c.receivedAt().plusSeconds(3600), description, true)) {
                throw new IllegalStateException("The additional complaint did not join: " + description);
            }
        });
    }

    /** Responds to the current stage, answering every point of its definition. */
    ComplaintBuilder responded(LocalDate on) {
        return then(c -> {
            List<String> points = c.stageRecord(c.stage()).definition.pointsToAnswer();
            Responses.respond(c, on, Decision.UPHELD, "The repair was late; we apologise.", points.size() > 1 ? answering(points) : List.of(),
                    List.of(new Remedy(Remedy.Type.APOLOGY, "Apology")), List.of(), FAR_FUTURE);
        });
    }

    /** Responds to the current stage as {@link #responded(LocalDate)} does, promising these outstanding actions. */
    ComplaintBuilder responded(LocalDate on, OutstandingAction... actions) {
        return then(c -> {
            List<String> points = c.stageRecord(c.stage()).definition.pointsToAnswer();
            Responses.respond(c, on, Decision.UPHELD, "The repair was late; we apologise.", points.size() > 1 ? answering(points) : List.of(),
                    List.of(new Remedy(Remedy.Type.APOLOGY, "Apology")), List.of(actions), FAR_FUTURE);
        });
    }

    /** The resident asks for the next stage, giving no reasons (6.12). */
    ComplaintBuilder escalated(LocalDate on) {
        return then(c -> c.requestEscalation(on, null, FAR_FUTURE));
    }

    ComplaintBuilder refused(LocalDate on) {
        return then(c -> c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS,
                "The resident's solicitor issued a disrepair claim about the boiler on 1 February.", null, on, FAR_FUTURE));
    }

    ComplaintBuilder closed(LocalDate on) {
        return then(c -> c.close(on, "Resident satisfied", FAR_FUTURE));
    }

    ComplaintBuilder noted(String text) {
        return then(c -> c.addNote(text));
    }

    ComplaintBuilder then(Consumer<Complaint> step) {
        steps.add(step);
        return this;
    }

    /** Called with the complaint once it is received and after every step (to look at it part way). */
    ComplaintBuilder afterEachStep(Consumer<Complaint> observer) {
        this.afterEachStep = observer;
        return this;
    }

    // ---------------------------------------------------------------- build

    /** The complaint after every step, its events still pending (so tests can read or replay them). */
    Complaint build() {
        ComplaintScheme scheme = schemeId == null ? SCHEMES.forReceivedOn(receivedOn) : scheme(schemeId);
        UUID id = UUID.randomUUID();
        Complaint complaint = Complaint.receive(new ComplaintReceived(id, "CMP-" + receivedOn.getYear() + "-000001", scheme.id(),
                receivedOn.atTime(10, 15).toInstant(ZoneOffset.UTC), receivedOn, Channel.PHONE,
                new Resident("Ada Lovelace", "T-1001", "ada@example.org", null, "AB1 2CD"), null, description, issueOccurredOn, null,
                null, null, null, null), scheme);
        afterEachStep.accept(complaint);
        for (Consumer<Complaint> step : steps) {
            step.accept(complaint);
            afterEachStep.accept(complaint);
        }
        return complaint;
    }
}

package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.complaints.ComplaintEvent.*;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the retention policy's redaction removes from each event and what it keeps. Every personal value below carries
 * the word SECRET, so "nothing personal is left" is one check on the stored JSON; every statistical fact is compared
 * field by field. A new event type without a sample here fails {@link #every_event_type_has_a_sample}.
 */
class RedactionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID ID = UUID.randomUUID();
    private static final String REMOVED = ComplaintStore.REMOVED;
    private static final LocalDate D = LocalDate.of(2019, 2, 4);

    private static final Resident RESIDENT = new Resident("SECRET Ada Lovelace", "SECRET-T-1001", "secret.ada@example.org", "SECRET 07700 900123",
            "SW1A 1AA");
    private static final Representative REPRESENTATIVE = new Representative("SECRET Charles Babbage", Representative.Relationship.FAMILY,
            "secret.charles@example.org", "SECRET 07700 900456", true);
    private static final Definition DEFINITION = new Definition("SECRET summary", List.of("SECRET point one", "SECRET point two"),
            List.of("SECRET outcome"), List.of("SECRET ours"), List.of("SECRET not ours"), "SECRET clarification");
    private static final Remedy.Financial MONEY = new Remedy.Financial(new BigDecimal("25.00"), new BigDecimal("50.00"), null,
            new BigDecimal("100.00"));

    /** One of each event type, with personal data wherever the type can hold it. */
    static final Map<Class<? extends ComplaintEvent>, ComplaintEvent> SAMPLES = new LinkedHashMap<>();

    static {
        sample(new ComplaintReceived(ID, "CMP-2019-000001", "HOS-2022", Instant.parse("2019-02-04T10:00:00Z"), D, Channel.EMAIL, RESIDENT,
                REPRESENTATIVE, "SECRET my boiler", D.minusDays(20), UUID.randomUUID(), "Related, but raised after the response (provision 6.8)",
                "SECRET outcome sought", "SECRET call after 3pm", "SECRET large print"));
        sample(new TriagedAsComplaint(ID, "SECRET triage notes"));
        sample(new TriagedAsServiceRequest(ID, "SECRET first report", true));
        sample(new ServiceRequestResolved(ID, D.plusDays(3), "SECRET fixed at Ada's"));
        sample(new ComplaintNotAccepted(ID, "LEGAL_PROCEEDINGS", "SECRET claim K00AB123", "SECRET discretion", D.plusDays(2), true));
        sample(new StageAcknowledged(ID, 1, D.plusDays(2), "officer.a", DEFINITION));
        sample(new HandlerAssigned(ID, 1, "officer.b", "officer.a"));
        sample(new ResponseDeadlineExtended(ID, 1, 5, "SECRET waiting for Ada's surveyor", D.plusDays(10), "SECRET good reason",
                D.plusDays(25), 5));
        sample(new AdditionalComplaintJoined(ID, 1, Instant.parse("2019-02-05T09:00:00Z"), "SECRET mould too"));
        sample(new LinkedComplaintRaised(ID, UUID.randomUUID(), "CMP-2019-000002", "Unrelated additional complaint (provision 6.8)"));
        sample(new StageResponded(ID, 1, D.plusDays(12), Decision.PARTLY_UPHELD, "SECRET reasons",
                List.of(new PointDecision("SECRET point one", Decision.UPHELD, "SECRET why"),
                        new PointDecision("SECRET point two", Decision.NOT_UPHELD, null)),
                List.of(new Remedy(Remedy.Type.APOLOGY, "SECRET sorry Ada"),
                        new Remedy(Remedy.Type.FINANCIAL, "SECRET £175 to Ada", D.plusDays(20), MONEY)),
                List.of(new OutstandingAction("SECRET replace Ada's boiler", D.plusDays(30), "Repairs Manager")), "SECRET no more",
                false, "If you are unhappy, ask us for stage 2 quoting CMP-2019-000001; then the Housing Ombudsman."));
        sample(new EscalationRequested(ID, 2, D.plusDays(15), "SECRET still cold"));
        sample(new EscalationRefused(ID, 2, "PREVIOUSLY_CONSIDERED", "SECRET already answered", null, D.plusDays(17), true));
        sample(new ComplaintClosed(ID, D.plusDays(18), "SECRET resident happy"));
        sample(new NoteAdded(ID, "SECRET rang Ada"));
        sample(new OutstandingActionCompleted(ID, 1, 0, "SECRET replace Ada's boiler", D.plusDays(28), "SECRET photos of Ada's kitchen"));
        sample(new RiskFlagsRecorded(ID, EnumSet.of(RiskFlag.NO_HEATING_OR_HOT_WATER, RiskFlag.HEALTH_MADE_WORSE), "SECRET asthma"));
        sample(new EarlyResolutionConsidered(ID, false, "SECRET needs a survey"));
        sample(new LegalHoldPlaced(ID, "SECRET claim by Ada"));
        sample(new LegalHoldLifted(ID, "SECRET claim settled"));
        // codes from the landlord's lists: nothing personal, kept as they are
        sample(new ComplaintEvent.Categorised(ID, "DAMP_AND_MOULD", "DELAY", "REPAIRS_TEAM"));
        sample(new PersonalDataAnonymised(ID, new RetentionPolicy(6).describe(), D.plusDays(18), D.plusYears(6).plusDays(19)));
    }

    private static void sample(ComplaintEvent event) {
        SAMPLES.put(event.getClass(), event);
    }

    static Stream<ComplaintEvent> samples() {
        return SAMPLES.values().stream();
    }

    @Test
    void every_event_type_has_a_sample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(ComplaintEvent.types().values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nothing_personal_is_left_in_the_stored_event(ComplaintEvent event) {
        ComplaintEvent redacted = ComplaintStore.redact(event);
        String stored = JSON.writeValueAsString(redacted);
        assertThat(stored).doesNotContainIgnoringCase("secret").doesNotContain("example.org").doesNotContain("1AA");
        assertThat(redacted.getClass()).isEqualTo(event.getClass());
        assertThat(redacted.complaintId()).isEqualTo(event.complaintId());
        // and it reads back as the same event, so the complaint still replays
        assertThat(JSON.readValue(stored, event.getClass())).isEqualTo(redacted);
        // redacting again changes nothing
        assertThat(ComplaintStore.redact(redacted)).isEqualTo(redacted);
    }

    @Test
    void a_received_complaint_keeps_its_facts_and_the_postcode_area_only() {
        var e = (ComplaintReceived) ComplaintStore.redact(SAMPLES.get(ComplaintReceived.class));
        var original = (ComplaintReceived) SAMPLES.get(ComplaintReceived.class);
        assertThat(e.resident()).isEqualTo(new Resident("Anonymised resident", null, null, null, "SW1A"));
        assertThat(e.representative()).isEqualTo(new Representative("Anonymised representative", Representative.Relationship.FAMILY, null, null, true));
        assertThat(e.description()).isEqualTo(REMOVED);
        assertThat(List.of(e.outcomeSought(), e.contactPreference(), e.supportNeeds())).containsOnly(REMOVED);
        assertThat(List.of(e.reference(), e.scheme(), e.receivedAt(), e.receivedOn(), e.channel(), e.issueOccurredOn(), e.linkedFrom(), e.linkReason()))
                .isEqualTo(List.of(original.reference(), original.scheme(), original.receivedAt(), original.receivedOn(), original.channel(),
                        original.issueOccurredOn(), original.linkedFrom(), original.linkReason()));
    }

    @Test
    void what_was_not_said_stays_unsaid() {
        var e = (ComplaintReceived) ComplaintStore.redact(new ComplaintReceived(ID, "CMP-2019-000003", "HOS-2022", Instant.parse("2019-02-04T10:00:00Z"),
                D, Channel.PHONE, new Resident("SECRET Name", null, null, null, null), null, "SECRET words", null, null, null, null, null, null));
        assertThat(e.resident()).isEqualTo(new Resident("Anonymised resident", null, null, null, null));
        assertThat(e.representative()).isNull();
        assertThat(new String[] { e.outcomeSought(), e.contactPreference(), e.supportNeeds() }).containsOnlyNulls();
        var closed = (ComplaintClosed) ComplaintStore.redact(new ComplaintClosed(ID, D, null));
        assertThat(closed.reason()).isNull();
    }

    @Test
    void a_response_keeps_its_decisions_amounts_dates_counts_and_owners() {
        var original = (StageResponded) SAMPLES.get(StageResponded.class);
        var e = (StageResponded) ComplaintStore.redact(original);
        assertThat(e.stage()).isEqualTo(1);
        assertThat(e.respondedOn()).isEqualTo(original.respondedOn());
        assertThat(e.decision()).isEqualTo(Decision.PARTLY_UPHELD);
        assertThat(e.reasons()).isEqualTo(REMOVED);
        assertThat(e.points()).extracting(PointDecision::point, PointDecision::decision, PointDecision::reasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple(REMOVED, Decision.UPHELD, REMOVED),
                org.assertj.core.groups.Tuple.tuple(REMOVED, Decision.NOT_UPHELD, null));
        assertThat(e.remedies()).extracting(Remedy::type, Remedy::description, Remedy::dueOn, Remedy::financial).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Remedy.Type.APOLOGY, REMOVED, null, null),
                org.assertj.core.groups.Tuple.tuple(Remedy.Type.FINANCIAL, REMOVED, D.plusDays(20), MONEY));
        assertThat(e.remedies().get(1).financial().total()).isEqualByComparingTo("175");
        assertThat(e.outstandingActions()).containsExactly(new OutstandingAction(REMOVED, D.plusDays(30), "Repairs Manager"));
        assertThat(e.noRemedyReason()).isEqualTo(REMOVED);
        assertThat(e.escalationRoute()).isEqualTo(original.escalationRoute());
    }

    @Test
    void a_definition_keeps_how_many_points_and_outcomes_there_were() {
        var e = (StageAcknowledged) ComplaintStore.redact(SAMPLES.get(StageAcknowledged.class));
        assertThat(e.acknowledgedOn()).isEqualTo(D.plusDays(2));
        assertThat(e.handler()).isEqualTo("officer.a");
        assertThat(e.definition()).isEqualTo(new Definition(REMOVED, List.of(REMOVED, REMOVED), List.of(REMOVED), List.of(REMOVED),
                List.of(REMOVED), REMOVED));
    }

    @Test
    void extensions_refusals_flags_and_completions_keep_their_facts() {
        var extension = (ResponseDeadlineExtended) ComplaintStore.redact(SAMPLES.get(ResponseDeadlineExtended.class));
        assertThat(extension).isEqualTo(new ResponseDeadlineExtended(ID, 1, 5, REMOVED, D.plusDays(10), REMOVED, D.plusDays(25), 5));
        var refusal = (EscalationRefused) ComplaintStore.redact(SAMPLES.get(EscalationRefused.class));
        assertThat(refusal).isEqualTo(new EscalationRefused(ID, 2, "PREVIOUSLY_CONSIDERED", REMOVED, null, D.plusDays(17), true));
        var notAccepted = (ComplaintNotAccepted) ComplaintStore.redact(SAMPLES.get(ComplaintNotAccepted.class));
        assertThat(notAccepted.ground()).isEqualTo("LEGAL_PROCEEDINGS");
        assertThat(notAccepted.decidedOn()).isEqualTo(D.plusDays(2));
        var flags = (RiskFlagsRecorded) ComplaintStore.redact(SAMPLES.get(RiskFlagsRecorded.class));
        assertThat(flags.flags()).isEqualTo(Set.of(RiskFlag.NO_HEATING_OR_HOT_WATER, RiskFlag.HEALTH_MADE_WORSE));
        assertThat(flags.notes()).isEqualTo(REMOVED);
        var early = (EarlyResolutionConsidered) ComplaintStore.redact(SAMPLES.get(EarlyResolutionConsidered.class));
        assertThat(early).isEqualTo(new EarlyResolutionConsidered(ID, false, REMOVED));
        var done = (OutstandingActionCompleted) ComplaintStore.redact(SAMPLES.get(OutstandingActionCompleted.class));
        assertThat(done).isEqualTo(new OutstandingActionCompleted(ID, 1, 0, REMOVED, D.plusDays(28), REMOVED));
        var escalation = (EscalationRequested) ComplaintStore.redact(SAMPLES.get(EscalationRequested.class));
        assertThat(escalation).isEqualTo(new EscalationRequested(ID, 2, D.plusDays(15), REMOVED));
        // who handled it is staff data, kept with the case; the link reason and anonymisation record are PutRight's own words
        assertThat(ComplaintStore.redact(SAMPLES.get(HandlerAssigned.class))).isSameAs(SAMPLES.get(HandlerAssigned.class));
        assertThat(ComplaintStore.redact(SAMPLES.get(LinkedComplaintRaised.class))).isSameAs(SAMPLES.get(LinkedComplaintRaised.class));
        assertThat(ComplaintStore.redact(SAMPLES.get(PersonalDataAnonymised.class))).isSameAs(SAMPLES.get(PersonalDataAnonymised.class));
    }

    @Test
    void only_the_outward_code_of_a_postcode_is_kept() {
        assertThat(ComplaintStore.outwardCode("SW1A 1AA")).isEqualTo("SW1A");
        assertThat(ComplaintStore.outwardCode("m1 1ae")).isEqualTo("M1");
        assertThat(ComplaintStore.outwardCode("B338TH")).isEqualTo("B33");
        assertThat(ComplaintStore.outwardCode("CR2 6XH")).isEqualTo("CR2");
        assertThat(ComplaintStore.outwardCode("DN55 1PT")).isEqualTo("DN55");
        assertThat(ComplaintStore.outwardCode("EC1")).isEqualTo("EC1");
        assertThat(ComplaintStore.outwardCode("Flat 2, 10 High Street")).isNull();
        assertThat(ComplaintStore.outwardCode(null)).isNull();
    }
}

package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.putright.complaints.ComplaintBuilder.ENGLAND_AND_WALES;
import static org.putright.complaints.ComplaintBuilder.FAR_FUTURE;
import static org.putright.complaints.ComplaintBuilder.LEGAL_PROCEEDINGS;
import static org.putright.complaints.ComplaintBuilder.aComplaint;
import static org.putright.complaints.ComplaintBuilder.date;
import static org.putright.complaints.ComplaintBuilder.definition;
import static org.putright.complaints.Intent.*;
import static org.putright.complaints.Status.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.putright.shared.CodeRuleViolation;
import org.putright.shared.InvalidRequestException;

/**
 * The lifecycle table (status × intent → status), checked against an expected table written out here independently of
 * {@link Transitions}, both in the table itself and through the aggregate's intent methods.
 */
class TransitionsTest {

    private static final Map<Status, Map<Intent, Status>> EXPECTED = new EnumMap<>(Status.class);

    private static void expect(Status from, Intent intent, Status to) {
        EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(Intent.class)).put(intent, to);
    }

    static {
        expect(AWAITING_ACKNOWLEDGEMENT, CONFIRM_AS_COMPLAINT, AWAITING_ACKNOWLEDGEMENT);
        expect(AWAITING_ACKNOWLEDGEMENT, TRIAGE_AS_SERVICE_REQUEST, SERVICE_REQUEST);
        expect(AWAITING_ACKNOWLEDGEMENT, REFUSE_TO_ACCEPT, NOT_ACCEPTED);
        expect(AWAITING_ACKNOWLEDGEMENT, REFUSE_TO_ESCALATE, ESCALATION_REFUSED);
        expect(AWAITING_ACKNOWLEDGEMENT, ACKNOWLEDGE, UNDER_INVESTIGATION);
        expect(AWAITING_ACKNOWLEDGEMENT, ASSIGN, AWAITING_ACKNOWLEDGEMENT);
        expect(AWAITING_ACKNOWLEDGEMENT, JOIN_ADDITIONAL_COMPLAINT, AWAITING_ACKNOWLEDGEMENT);
        expect(UNDER_INVESTIGATION, ASSIGN, UNDER_INVESTIGATION);
        expect(UNDER_INVESTIGATION, EXTEND, UNDER_INVESTIGATION);
        expect(UNDER_INVESTIGATION, JOIN_ADDITIONAL_COMPLAINT, UNDER_INVESTIGATION);
        expect(UNDER_INVESTIGATION, RESPOND, RESPONDED);
        expect(RESPONDED, REQUEST_ESCALATION, AWAITING_ACKNOWLEDGEMENT);
        expect(RESPONDED, CLOSE, CLOSED);
        expect(CLOSED, REQUEST_ESCALATION, AWAITING_ACKNOWLEDGEMENT);
        expect(CLOSED, RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST, CLOSED);
        expect(ESCALATION_REFUSED, CLOSE, CLOSED);
        expect(RESPONDED, COMPLETE_OUTSTANDING_ACTION, RESPONDED);
        expect(CLOSED, COMPLETE_OUTSTANDING_ACTION, CLOSED);
        expect(AWAITING_ACKNOWLEDGEMENT, COMPLETE_OUTSTANDING_ACTION, AWAITING_ACKNOWLEDGEMENT);
        expect(UNDER_INVESTIGATION, COMPLETE_OUTSTANDING_ACTION, UNDER_INVESTIGATION);
        expect(ESCALATION_REFUSED, COMPLETE_OUTSTANDING_ACTION, ESCALATION_REFUSED);
        expect(SERVICE_REQUEST, RESOLVE_SERVICE_REQUEST, CLOSED);
        expect(SERVICE_REQUEST, RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST, SERVICE_REQUEST);
        for (Status status : Status.values()) {
            expect(status, ADD_NOTE, status);
            expect(status, RAISE_LINKED_COMPLAINT, status);
            expect(status, PLACE_LEGAL_HOLD, status);
            expect(status, LIFT_LEGAL_HOLD, status);
            expect(status, CATEGORISE, status);
        }
        for (Status status : List.of(AWAITING_ACKNOWLEDGEMENT, UNDER_INVESTIGATION, RESPONDED, ESCALATION_REFUSED, SERVICE_REQUEST)) {
            expect(status, RECORD_RISK_FLAGS, status);
        }
        expect(AWAITING_ACKNOWLEDGEMENT, CONSIDER_EARLY_RESOLUTION, AWAITING_ACKNOWLEDGEMENT);
        expect(UNDER_INVESTIGATION, CONSIDER_EARLY_RESOLUTION, UNDER_INVESTIGATION);
        for (Status status : List.of(CLOSED, NOT_ACCEPTED, ESCALATION_REFUSED, RESPONDED)) {
            expect(status, ANONYMISE_PERSONAL_DATA, status);
        }
    }

    private static Status expectedNext(Status from, Intent intent) {
        return EXPECTED.getOrDefault(from, Map.of()).get(intent);
    }

    static Stream<Arguments> pairsNotInTheTable() {
        List<Arguments> pairs = new ArrayList<>();
        for (Status status : Status.values()) {
            for (Intent intent : Intent.values()) {
                if (expectedNext(status, intent) == null) {
                    pairs.add(Arguments.of(status, intent));
                }
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> pairsInTheTable() {
        return EXPECTED.entrySet().stream()
                .flatMap(from -> from.getValue().entrySet().stream().map(to -> Arguments.of(from.getKey(), to.getKey(), to.getValue())));
    }

    // ---------------------------------------------------------------- the table itself

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("pairsNotInTheTable")
    void a_pair_not_in_the_table_is_an_illegal_transition(Status from, Intent intent) {
        assertThatThrownBy(() -> Transitions.next(from, intent)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining(from.name()).hasMessageContaining(intent.name());
        assertThat(Transitions.allowed(from)).doesNotContain(intent);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("pairsInTheTable")
    void a_pair_in_the_table_leads_to_its_status(Status from, Intent intent, Status to) {
        assertThat(Transitions.next(from, intent)).isEqualTo(to);
        assertThat(Transitions.allowed(from)).contains(intent);
    }

    @Test
    void not_accepted_is_final_apart_from_the_record() {
        assertThat(Transitions.allowed(NOT_ACCEPTED)).containsExactlyInAnyOrder(ADD_NOTE, RAISE_LINKED_COMPLAINT, PLACE_LEGAL_HOLD,
                LIFT_LEGAL_HOLD, ANONYMISE_PERSONAL_DATA, CATEGORISE);
    }

    // ---------------------------------------------------------------- through the aggregate

    /** A complaint in each reachable status (several statuses at both stages). Dates are March 2026, all before the 23rd. */
    enum Sample {
        NEW(() -> aComplaint()),
        ACKNOWLEDGED(() -> aComplaint().acknowledged(d(4), "officer.a")),
        RESPONDED_AT_STAGE_1(() -> ACKNOWLEDGED.builder().responded(d(10), new OutstandingAction("Replace the boiler", d(20)))),
        CLOSED_AT_STAGE_1(() -> RESPONDED_AT_STAGE_1.builder().closed(d(10))),
        NOT_ACCEPTED(() -> aComplaint().refused(d(4))),
        SERVICE_REQUEST(() -> aComplaint().triagedAsServiceRequest()),
        RESOLVED_SERVICE_REQUEST(() -> SERVICE_REQUEST.builder().serviceRequestResolved(d(6))),
        ESCALATED(() -> RESPONDED_AT_STAGE_1.builder().escalated(d(12))),
        ACKNOWLEDGED_AT_STAGE_2(() -> ESCALATED.builder().acknowledged(d(13), "officer.b")),
        RESPONDED_AT_STAGE_2(() -> ACKNOWLEDGED_AT_STAGE_2.builder().responded(d(20))),
        ESCALATION_REFUSED(() -> ESCALATED.builder().refused(d(13))),
        CLOSED_AT_STAGE_2(() -> RESPONDED_AT_STAGE_2.builder().closed(d(20)));

        private final Supplier<ComplaintBuilder> builder;

        Sample(Supplier<ComplaintBuilder> builder) {
            this.builder = builder;
        }

        ComplaintBuilder builder() {
            return builder.get();
        }

        Complaint complaint() {
            return builder().build();
        }
    }

    private static LocalDate d(int dayOfMarch) {
        return date(2026, 3, dayOfMarch);
    }

    private static final LocalDate ON = d(23);

    /** Each intent method, called with arguments that are valid whenever the intent is allowed. */
    enum Action {
        CONFIRM(c -> CONFIRM_AS_COMPLAINT, c -> c.confirmAsComplaint("notes")),
        TRIAGE_SR(c -> TRIAGE_AS_SERVICE_REQUEST, c -> c.triageAsServiceRequest("First report", true)),
        RESOLVE_SR(c -> RESOLVE_SERVICE_REQUEST, c -> c.resolveServiceRequest(ON, "Fixed", FAR_FUTURE)),
        RAISE_DISSATISFACTION(c -> RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST,
                c -> c.raiseDissatisfactionWithServiceRequest(UUID.randomUUID(), "CMP-2026-000009")),
        REFUSE(c -> c.stage() > 1 ? REFUSE_TO_ESCALATE : REFUSE_TO_ACCEPT,
                c -> c.refuse(LEGAL_PROCEEDINGS.code(), LEGAL_PROCEEDINGS, "Claim K00AB123 issued about this boiler", null, ON, FAR_FUTURE)),
        ACKNOWLEDGE_(c -> ACKNOWLEDGE, c -> c.acknowledge(ON, "officer.c", definition("No heating"), FAR_FUTURE)),
        ASSIGN_(c -> ASSIGN, c -> c.assign("officer.c")),
        EXTEND_(c -> EXTEND, c -> c.extend(5, "Waiting for a report", ON, null, 5, FAR_FUTURE, ENGLAND_AND_WALES)),
        JOIN(c -> JOIN_ADDITIONAL_COMPLAINT, c -> c.additionalComplaint(c.receivedAt().plusSeconds(60), "Mould too", true)),
        LINK(c -> RAISE_LINKED_COMPLAINT, c -> c.linkNewComplaint(UUID.randomUUID(), "CMP-2026-000010", "Unrelated")),
        RESPOND_(c -> RESPOND, c -> Responses.respond(c, ON, Decision.UPHELD, "Upheld", List.of(), List.of(), List.of(), FAR_FUTURE)),
        ESCALATE(c -> REQUEST_ESCALATION, c -> c.requestEscalation(ON, null, FAR_FUTURE)),
        CLOSE_(c -> CLOSE, c -> c.close(ON, null, FAR_FUTURE)),
        NOTE(c -> ADD_NOTE, c -> c.addNote("Called the resident")),
        COMPLETE_ACTION(c -> COMPLETE_OUTSTANDING_ACTION,
                c -> c.completeOutstandingAction(1, 0, ON, "Boiler replaced; job signed off", FAR_FUTURE)),
        FLAG(c -> RECORD_RISK_FLAGS, c -> c.recordRiskFlags(java.util.Set.of(RiskFlag.NO_HEATING_OR_HOT_WATER), "Two children under five")),
        CONSIDER_EARLY(c -> CONSIDER_EARLY_RESOLUTION, c -> c.considerEarlyResolution(true, "A heater today settles it")),
        HOLD(c -> PLACE_LEGAL_HOLD, c -> c.placeLegalHold("Disrepair claim issued")),
        // lifting needs a hold in place first, so this samples the refusal when there is none (a conflict, below)
        LIFT(c -> LIFT_LEGAL_HOLD, c -> c.liftLegalHold("Claim settled")),
        CATEGORISE_(c -> CATEGORISE, c -> c.categorise("DAMP_AND_MOULD", "DELAY", null)),
        ANONYMISE(c -> ANONYMISE_PERSONAL_DATA, c -> c.anonymise(new RetentionPolicy(6), FAR_FUTURE));

        private final java.util.function.Function<Complaint, Intent> intent;
        private final Consumer<Complaint> call;

        Action(java.util.function.Function<Complaint, Intent> intent, Consumer<Complaint> call) {
            this.intent = intent;
            this.call = call;
        }
    }

    static Stream<Arguments> everySampleAndAction() {
        return Stream.of(Sample.values()).flatMap(s -> Stream.of(Action.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everySampleAndAction")
    void the_aggregate_follows_the_table(Sample sample, Action action) {
        Complaint c = sample.complaint();
        Status before = c.status();
        int stageBefore = c.stage();
        int eventsBefore = c.pendingEvents().size();
        Intent intent = action.intent.apply(c);
        Status expected = expectedNext(before, intent);

        Throwable thrown = catchThrowable(() -> action.call.accept(c));

        if (expected == null) {
            if (intent == JOIN_ADDITIONAL_COMPLAINT) {
                // not joinable: the caller logs a new, linked complaint instead (6.8)
                assertThat(thrown).isNull();
            }
            else if (intent == REQUEST_ESCALATION && before.open()) {
                // answered with the Code's reason rather than a bare 409
                assertThat(thrown).isInstanceOfSatisfying(CodeRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("EscalationOnlyAfterResponse"));
            }
            else {
                assertThat(thrown).as("%s in %s", intent, before).isInstanceOf(IllegalTransition.class);
            }
            assertThat(c.status()).isEqualTo(before);
            assertThat(c.stage()).isEqualTo(stageBefore);
            assertThat(c.pendingEvents()).hasSize(eventsBefore);
            return;
        }

        Class<? extends Throwable> gate = gate(sample, intent);
        if (gate != null) {
            // allowed by the table, but refused by a further check on this particular case
            assertThat(thrown).as("%s in %s", intent, sample).isInstanceOf(gate);
            assertThat(c.status()).isEqualTo(before);
            assertThat(c.pendingEvents()).hasSize(eventsBefore);
            return;
        }
        assertThat(thrown).as("%s in %s", intent, sample).isNull();
        assertThat(c.status()).isEqualTo(expected);
    }

    /** Checks beyond the table for pairs it allows: triage is for stage 1, 1.5 is for service requests, 5.3, 6.8. */
    private static Class<? extends Throwable> gate(Sample sample, Intent intent) {
        return switch (intent) {
            case CONFIRM_AS_COMPLAINT, TRIAGE_AS_SERVICE_REQUEST -> sample == Sample.ESCALATED ? IllegalTransition.class : null;
            case RAISE_DISSATISFACTION_WITH_SERVICE_REQUEST ->
                    sample == Sample.SERVICE_REQUEST || sample == Sample.RESOLVED_SERVICE_REQUEST ? null : IllegalTransition.class;
            case REQUEST_ESCALATION -> switch (sample) {
                case RESOLVED_SERVICE_REQUEST -> IllegalTransition.class;
                case RESPONDED_AT_STAGE_2, CLOSED_AT_STAGE_2 -> CodeRuleViolation.class;
                default -> null;
            };
            // stage 1 has no response (so no actions) until it is responded to
            case COMPLETE_OUTSTANDING_ACTION -> switch (sample) {
                case NEW, ACKNOWLEDGED, RESOLVED_SERVICE_REQUEST -> InvalidRequestException.class;
                default -> null;
            };
            // 6.1's check is a stage 1 matter
            case CONSIDER_EARLY_RESOLUTION -> sample == Sample.ESCALATED || sample == Sample.ACKNOWLEDGED_AT_STAGE_2
                    ? IllegalTransition.class : null;
            // there is no hold to lift on any sample
            case LIFT_LEGAL_HOLD -> org.putright.shared.ConflictException.class;
            // the samples are dated 2026; in 2099 every finished one is past any retention period
            default -> null;
        };
    }

    @Test
    void provision_9_4_categories_can_be_corrected_at_any_point_but_an_anonymised_complaint_takes_nothing() {
        Complaint c = Sample.CLOSED_AT_STAGE_1.complaint();
        int events = c.pendingEvents().size();
        c.categorise("DAMP_AND_MOULD", "DELAY", null);
        c.categorise("DAMP_AND_MOULD", "DELAY", null);
        assertThat(c.pendingEvents()).hasSize(events + 1);
        c.anonymise(new RetentionPolicy(6), FAR_FUTURE);
        assertThatThrownBy(() -> c.categorise("REPAIRS", null, null)).isInstanceOf(IllegalTransition.class);
        assertThat(c.categories().serviceArea()).isEqualTo("DAMP_AND_MOULD");
    }

    @Test
    void a_related_additional_complaint_at_stage_2_is_not_joined_and_records_nothing() {
        for (Sample sample : List.of(Sample.ESCALATED, Sample.ACKNOWLEDGED_AT_STAGE_2)) {
            Complaint c = sample.complaint();
            int events = c.pendingEvents().size();
            assertThat(c.additionalComplaint(c.receivedAt(), "Mould too", true)).isFalse();
            assertThat(c.pendingEvents()).hasSize(events);
        }
    }

    @Test
    void a_few_allowed_journeys() {
        Complaint c = aComplaint().build();
        assertThat(c.allowedIntents()).contains(ACKNOWLEDGE, REFUSE_TO_ACCEPT, TRIAGE_AS_SERVICE_REQUEST).doesNotContain(RESPOND);
        c.acknowledge(d(4), "officer.a", definition("No heating"), FAR_FUTURE);
        assertThat(c.status()).isEqualTo(UNDER_INVESTIGATION);
        c.assign("officer.b");
        assertThat(c.status()).isEqualTo(UNDER_INVESTIGATION);
        Responses.respond(c, d(10), Decision.NOT_UPHELD, "The boiler was repaired within the target time", List.of(), List.of(), List.of(),
                FAR_FUTURE);
        assertThat(c.status()).isEqualTo(RESPONDED);
        c.close(d(11), null, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(CLOSED);
        assertThat(c.closedOn()).isEqualTo(d(11));
        c.requestEscalation(d(16), null, FAR_FUTURE);
        assertThat(c.status()).isEqualTo(AWAITING_ACKNOWLEDGEMENT);
        assertThat(c.stage()).isEqualTo(2);
        c.acknowledge(d(17), "officer.c", definition("Still no heating"), FAR_FUTURE);
        assertThat(c.status()).isEqualTo(UNDER_INVESTIGATION);
    }

    @Test
    void assigning_the_current_handler_again_records_nothing() {
        Complaint c = aComplaint().acknowledged(d(4), "officer.a").build();
        int events = c.pendingEvents().size();
        c.assign("officer.a");
        assertThat(c.pendingEvents()).hasSize(events);
    }
}

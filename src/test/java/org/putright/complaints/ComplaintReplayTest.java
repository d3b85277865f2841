package org.putright.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.putright.complaints.ComplaintBuilder.ENGLAND_AND_WALES;
import static org.putright.complaints.ComplaintBuilder.FAR_FUTURE;
import static org.putright.complaints.ComplaintBuilder.aComplaint;
import static org.putright.complaints.ComplaintBuilder.date;
import static org.putright.complaints.ComplaintBuilder.definition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintEvent.NoteAdded;

/** A complaint's state is only the fold of its events: replaying the record rebuilds the live aggregate. */
class ComplaintReplayTest {

    static final Function<String, ComplaintScheme> SCHEME_LOOKUP = ComplaintBuilder::scheme;
    static final LocalDate TODAY = date(2026, 3, 25);

    /** Everything that can happen to a complaint on its way through both stages. */
    static ComplaintBuilder fullJourney() {
        return aComplaint().receivedOn(date(2026, 3, 2)).confirmedAsComplaint().assigned("officer.a")
                .acknowledged(date(2026, 3, 4), "officer.a", definition("No heating", "Boiler broken", "Nobody came"))
                .joined("Mould in the bathroom").extended(5, date(2026, 3, 5)).assigned("officer.d").noted("Engineer booked")
                .then(c -> c.linkNewComplaint(UUID.randomUUID(), "CMP-2026-000002", "Unrelated: parking"))
                .responded(date(2026, 3, 10)).closed(date(2026, 3, 11))
                .escalated(date(2026, 3, 12)).acknowledged(date(2026, 3, 13), "officer.b").extended(20, date(2026, 3, 16))
                .assigned("officer.c");
    }

    static void assertSameState(Complaint replayed, Complaint live) {
        assertThat(replayed.id()).isEqualTo(live.id());
        assertThat(replayed.scheme()).isEqualTo(live.scheme());
        assertThat(replayed.reference()).isEqualTo(live.reference());
        assertThat(replayed.receivedOn()).isEqualTo(live.receivedOn());
        assertThat(replayed.status()).isEqualTo(live.status());
        assertThat(replayed.stage()).isEqualTo(live.stage());
        assertThat(replayed.version()).isEqualTo(live.version());
        assertThat(replayed.handler()).isEqualTo(live.handler());
        assertThat(replayed.closedOn()).isEqualTo(live.closedOn());
        assertThat(replayed.isServiceRequest()).isEqualTo(live.isServiceRequest());
        assertThat(replayed.linked()).isEqualTo(live.linked());
        assertThat(replayed.stages()).hasSameSizeAs(live.stages());
        for (int stage = 1; stage <= live.stages().size(); stage++) {
            assertThat(replayed.deadlines(stage, ENGLAND_AND_WALES)).as("stage %d deadlines", stage)
                    .isEqualTo(live.deadlines(stage, ENGLAND_AND_WALES));
            assertThat(replayed.acknowledgementTimeliness(stage, TODAY, ENGLAND_AND_WALES))
                    .isEqualTo(live.acknowledgementTimeliness(stage, TODAY, ENGLAND_AND_WALES));
            assertThat(replayed.responseTimeliness(stage, TODAY, ENGLAND_AND_WALES))
                    .isEqualTo(live.responseTimeliness(stage, TODAY, ENGLAND_AND_WALES));
            Complaint.StageRecord r = replayed.stageRecord(stage);
            Complaint.StageRecord l = live.stageRecord(stage);
            assertThat(r.handler).isEqualTo(l.handler);
            assertThat(r.definition).isEqualTo(l.definition);
            assertThat(r.acknowledgedOn).isEqualTo(l.acknowledgedOn);
            assertThat(r.escalationRequestedOn).isEqualTo(l.escalationRequestedOn);
            assertThat(r.response).isEqualTo(l.response);
            assertThat(r.refusal).isEqualTo(l.refusal);
            assertThat(r.extensions).isEqualTo(l.extensions);
            assertThat(r.joined).isEqualTo(l.joined);
        }
        assertThat(replayed.nextStep(ENGLAND_AND_WALES)).isEqualTo(live.nextStep(ENGLAND_AND_WALES));
        assertThat(replayed.allowedIntents()).isEqualTo(live.allowedIntents());
    }

    @Test
    void replaying_the_record_rebuilds_status_stage_deadlines_and_version() {
        Complaint live = fullJourney().build();
        List<ComplaintEvent> history = List.copyOf(live.pendingEvents());
        live.markCommitted();
        assertThat(live.version()).isEqualTo(history.size());
        assertThat(live.pendingEvents()).isEmpty();

        Complaint replayed = Complaint.replay(history, SCHEME_LOOKUP);

        assertThat(replayed.pendingEvents()).as("replaying records nothing new").isEmpty();
        assertThat(replayed.status()).isEqualTo(Status.UNDER_INVESTIGATION);
        assertThat(replayed.stage()).isEqualTo(2);
        assertThat(replayed.handler()).isEqualTo("officer.c");
        assertThat(replayed.stageRecord(1).definition.pointsToAnswer())
                .containsExactly("Boiler broken", "Nobody came", "Mould in the bathroom");
        // stage 2 (2024): 20 + 20 working days from the acknowledgement on Fri 13 March 2026 = Wed 13 May
        assertThat(replayed.deadlines(2, ENGLAND_AND_WALES)).isEqualTo(
                new Complaint.Deadlines(date(2026, 3, 19), date(2026, 5, 13), 20));
        assertSameState(replayed, live);
    }

    record Snapshot(int events, Status status, int stage, String handler, LocalDate closedOn, Complaint.Deadlines stage1,
            Complaint.Deadlines stage2, Complaint.NextStep nextStep) {

        static Snapshot of(Complaint c) {
            return new Snapshot(c.pendingEvents().size() + c.version(), c.status(), c.stage(), c.handler(), c.closedOn(),
                    c.deadlines(1, ENGLAND_AND_WALES), c.deadlines(2, ENGLAND_AND_WALES), c.nextStep(ENGLAND_AND_WALES));
        }
    }

    @Test
    void every_prefix_of_the_record_replays_to_the_state_the_live_complaint_had_then() {
        List<Snapshot> snapshots = new ArrayList<>();
        Complaint live = fullJourney().afterEachStep(c -> snapshots.add(Snapshot.of(c))).build();
        List<ComplaintEvent> history = List.copyOf(live.pendingEvents());
        assertThat(snapshots).hasSizeGreaterThan(10);
        for (Snapshot then : snapshots) {
            Complaint replayed = Complaint.replay(history.subList(0, then.events()), SCHEME_LOOKUP);
            assertThat(Snapshot.of(replayed)).isEqualTo(then);
        }
    }

    @Test
    void a_replayed_complaint_carries_on_and_its_version_counts_every_event() {
        Complaint live = aComplaint().acknowledged(date(2026, 3, 4), "officer.a").build();
        List<ComplaintEvent> history = new ArrayList<>(live.pendingEvents());
        live.markCommitted();

        Complaint loaded = Complaint.replay(history, SCHEME_LOOKUP);
        Responses.respond(loaded, date(2026, 3, 10), Decision.UPHELD, "Upheld", List.of(), List.of(), List.of(), FAR_FUTURE);
        loaded.addNote("Apology sent");
        assertThat(loaded.version()).isEqualTo(history.size());
        assertThat(loaded.pendingEvents()).hasSize(2).last().isInstanceOf(NoteAdded.class);
        history.addAll(loaded.pendingEvents());
        loaded.markCommitted();
        assertThat(loaded.version()).isEqualTo(history.size());

        assertSameState(Complaint.replay(history, SCHEME_LOOKUP), loaded);
    }

    @Test
    void replay_uses_the_scheme_named_in_the_record() {
        Complaint live = aComplaint().receivedOn(date(2024, 3, 4)).acknowledged(date(2024, 3, 6), "officer.a").responded(date(2024, 3, 12))
                .escalated(date(2024, 3, 13)).acknowledged(date(2024, 3, 18), "officer.b").build();
        Complaint replayed = Complaint.replay(List.copyOf(live.pendingEvents()), SCHEME_LOOKUP);
        assertThat(replayed.scheme().id()).isEqualTo("HOS-2022");
        assertThat(replayed.deadlines(2, ENGLAND_AND_WALES).respondBy()).isEqualTo(date(2024, 4, 12));
        live.markCommitted();
        assertSameState(replayed, live);
    }

    @Test
    void a_record_must_start_with_the_complaint_being_received() {
        Complaint live = aComplaint().acknowledged(date(2026, 3, 4), "officer.a").build();
        List<ComplaintEvent> history = live.pendingEvents();
        assertThatThrownBy(() -> Complaint.replay(List.of(), SCHEME_LOOKUP)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Complaint.replay(history.subList(1, history.size()), SCHEME_LOOKUP))
                .isInstanceOf(IllegalStateException.class);
    }
}

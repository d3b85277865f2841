package org.putright.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.LondonDates;
import org.putright.calendar.WorkingDayCalendar;
import org.putright.calendar.WorkingDays;
import org.springframework.context.ApplicationContext;

/**
 * Bulk loading for the work-queue benchmark ({@code org.putright.bench.WorkQueueLatency}), not a test. It runs the
 * real aggregate ({@link Complaint}: the transition table and the Code's rules), takes references from
 * {@link ReferenceNumbers} and writes with {@link ComplaintStore#save} — so the complaint row and every event row are
 * exactly what the application writes — but skips what {@link ComplaintService} does around each intent: replaying
 * the complaint from its events before it and building the full view after it. Pending events are saved once per
 * actor, as one service call would save them.
 */
public final class BenchLoading {

    private final ComplaintStore store;
    private final ReferenceNumbers references;
    private final Schemes schemes;
    private final WorkingDays workingDays;
    private final Clock clock;

    public BenchLoading(ApplicationContext context) {
        this.store = context.getBean(ComplaintStore.class);
        this.references = context.getBean(ReferenceNumbers.class);
        this.schemes = context.getBean(Schemes.class);
        this.workingDays = context.getBean(WorkingDays.class);
        this.clock = context.getBean(Clock.class);
    }

    /** Receives a complaint as {@code actor}; call inside a transaction. */
    public Lifecycle receive(ComplaintService.NewComplaint request, String actor) {
        LocalDate receivedOn = LondonDates.dateOf(request.receivedAt().toInstant());
        ComplaintScheme scheme = schemes.forReceivedOn(receivedOn);
        Complaint complaint = Complaint.receive(new ComplaintEvent.ComplaintReceived(UUID.randomUUID(),
                references.next(receivedOn.getYear()), scheme.id(), request.receivedAt().toInstant(), receivedOn, request.channel(),
                request.resident(), request.representative(), request.description(), request.issueOccurredOn(), null, null,
                request.outcomeSought(), request.contactPreference(), request.supportNeeds()), scheme);
        return new Lifecycle(complaint, actor, workingDays.current(), workingDays.today());
    }

    /** One complaint's intents, each checked by the aggregate; events are saved whenever the acting member of staff changes. */
    public final class Lifecycle {

        private final Complaint complaint;
        private final WorkingDayCalendar calendar;
        private final LocalDate today;
        private String actor;

        private Lifecycle(Complaint complaint, String actor, WorkingDayCalendar calendar, LocalDate today) {
            this.complaint = complaint;
            this.actor = actor;
            this.calendar = calendar;
            this.today = today;
        }

        public UUID id() {
            return complaint.id();
        }

        public LocalDate receivedOn() {
            return complaint.receivedOn();
        }

        public Lifecycle as(String username) {
            if (!username.equals(actor)) {
                save();
                actor = username;
            }
            return this;
        }

        public Lifecycle acknowledge(LocalDate on, String handler, Definition definition) {
            complaint.acknowledge(on, handler, definition, today);
            return this;
        }

        public Lifecycle respond(LocalDate on, Decision decision, String reasons, List<Remedy> remedies) {
            Responses.respond(complaint, on, decision, reasons, List.of(), remedies, List.of(), today);
            return this;
        }

        public Lifecycle requestEscalation(LocalDate on, String reason) {
            complaint.requestEscalation(on, reason, today);
            return this;
        }

        public Lifecycle close(LocalDate on) {
            complaint.close(on, null, today);
            return this;
        }

        /** Writes what is pending (the projection row and the events), as the service would at the end of a call. */
        public void save() {
            store.save(complaint, actor, clock.instant(), calendar);
        }
    }
}

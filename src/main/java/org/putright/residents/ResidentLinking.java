package org.putright.residents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent.ComplaintReceived;
import org.putright.complaints.Resident;
import org.putright.residents.ResidentLinked.MatchedBy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every complaint belongs to a resident record: the one with the complaint's tenancy reference, else the only one with
 * its email address, else a new record made from what the complaint gave. In the complaint's own transaction, so the
 * case page and the first letter already know who the resident is.
 */
@Component
class ResidentLinking {

    private final ResidentStore store;
    private final ResidentLog log;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentLinking(ResidentStore store, ResidentLog log, Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.log = log;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ComplaintReceived received) {
        Resident given = received.resident();
        String actor = actors.current();
        MatchedBy matchedBy;
        ResidentRecord resident;
        Optional<ResidentRecord> byTenancy = store.byTenancyReference(given.tenancyReference()).flatMap(r -> store.surviving(r.id()));
        List<ResidentRecord> byEmail = byTenancy.isPresent() ? List.of() : store.byEmail(given.email());
        if (byTenancy.isPresent()) {
            resident = byTenancy.get();
            matchedBy = MatchedBy.TENANCY_REFERENCE;
        }
        else if (byEmail.size() == 1 && (given.tenancyReference() == null || given.tenancyReference().isBlank())) {
            resident = byEmail.get(0);
            matchedBy = MatchedBy.EMAIL;
        }
        else {
            resident = new ResidentRecord(UUID.randomUUID(), given.tenancyReference(), null, given.name(),
                    new PostalAddress(null, null, null, given.postcode()), given.email(), given.phone(), null, List.of(), "INTAKE",
                    null, null);
            store.insert(resident, clock.instant());
            log.append(resident.id(), "ResidentRecorded", actor, Map.of("source", "INTAKE", "complaint", received.reference()));
            matchedBy = MatchedBy.NEW_RESIDENT;
        }
        store.link(received.complaintId(), resident.id(), received.reference(), received.receivedOn(), summary(received.description()),
                matchedBy, clock.instant());
        log.append(resident.id(), "ComplaintLinked", actor, Map.of("complaint", received.reference(), "matchedBy", matchedBy.name()));
        events.publishEvent(new ResidentLinked(resident.id(), received.complaintId(), received.reference(), matchedBy));
    }

    private static String summary(String description) {
        if (description == null) {
            return null;
        }
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }
}

package org.putright.residents;

import org.putright.complaints.ComplaintEvent.ComplaintReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every complaint belongs to a resident record (see {@link ResidentMatching} for how it is found). Linked in the
 * complaint's own transaction, so the case page and the first letter already know who the resident is.
 */
@Component
class ResidentLinking {

    private final ResidentMatching matching;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    ResidentLinking(ResidentMatching matching, Actors actors, ApplicationEventPublisher events) {
        this.matching = matching;
        this.actors = actors;
        this.events = events;
    }

    @EventListener
    void on(ComplaintReceived received) {
        ResidentMatching.Match match = matching.link(received.complaintId(), received.reference(), received.receivedOn(),
                received.description(), received.resident(), actors.current());
        events.publishEvent(new ResidentLinked(match.resident().id(), received.complaintId(), received.reference(), match.matchedBy()));
    }
}

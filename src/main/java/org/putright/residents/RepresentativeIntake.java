package org.putright.residents;

import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Representative;
import org.putright.residents.Representatives.NewRepresentative;
import org.putright.residents.ResidentRepresentative.ConsentHow;
import org.putright.residents.ResidentRepresentative.ConsentStatus;
import org.putright.residents.ResidentRepresentative.CorrespondenceTo;
import org.putright.residents.ResidentRepresentative.Relationship;
import org.putright.residents.ResidentRepresentative.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A complaint made by someone for the resident: the representative is recorded against the resident when the complaint
 * is linked, in the complaint's transaction. Consent stated at intake covers that complaint (3.6); without it the
 * complaint is still logged as normal, and the resident is asked whether they consent (1.3).
 */
@Component
class RepresentativeIntake {

    private final ComplaintService complaints;
    private final Representatives representatives;

    RepresentativeIntake(ComplaintService complaints, Representatives representatives) {
        this.complaints = complaints;
        this.representatives = representatives;
    }

    @EventListener
    void on(ResidentLinked linked) {
        ComplaintView complaint = complaints.get(linked.complaintId());
        Representative named = complaint.representative();
        if (named == null || named.name() == null || named.name().isBlank()) {
            return;
        }
        boolean alreadyActs = representatives.forResident(linked.residentId()).stream()
                .anyMatch(r -> r.name().equalsIgnoreCase(named.name().strip()) && r.actsFor(linked.complaintId(), complaint.receivedOn()));
        if (alreadyActs) {
            return; // consent already given for all complaints: nothing new to record or ask
        }
        boolean consented = named.consentGiven();
        representatives.add(linked.residentId(), new NewRepresentative(named.name(), relationship(named), null, named.email(),
                named.phone(), null, consented ? ConsentStatus.GIVEN : ConsentStatus.REQUESTED, consented ? how(complaint.channel()) : null,
                consented ? complaint.receivedOn() : null, Scope.ONE_COMPLAINT, linked.complaintId(), null, CorrespondenceTo.REPRESENTATIVE,
                consented ? "Consent stated when the complaint was made (" + channel(complaint.channel()) + ")" : null));
    }

    private static Relationship relationship(Representative named) {
        return named.relationship() == null ? Relationship.OTHER : Relationship.valueOf(named.relationship().name());
    }

    private static ConsentHow how(Channel channel) {
        if (channel == null) {
            return ConsentHow.IN_WRITING;
        }
        return switch (channel) {
            case PHONE -> ConsentHow.BY_PHONE;
            case EMAIL -> ConsentHow.BY_EMAIL;
            case IN_PERSON -> ConsentHow.IN_PERSON;
            case WEB_FORM -> ConsentHow.ONLINE_FORM;
            case LETTER, SOCIAL_MEDIA -> ConsentHow.IN_WRITING;
        };
    }

    private static String channel(Channel channel) {
        return channel == null ? "channel not recorded" : "by " + channel.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

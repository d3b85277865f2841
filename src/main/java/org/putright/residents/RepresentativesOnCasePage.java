package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/**
 * The case page's "Representative" section: who acts for the resident on this complaint and with what consent (3.6),
 * and who today's letters go to, in which format and how (the contact plan).
 */
@Component
class RepresentativesOnCasePage implements CaseContributions {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ResidentStore residents;
    private final Representatives representatives;
    private final ContactPlans plans;
    private final Clock clock;

    RepresentativesOnCasePage(ResidentStore residents, Representatives representatives, ContactPlans plans, Clock clock) {
        this.residents = residents;
        this.representatives = representatives;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        Optional<ResidentRecord> resident = residents.forComplaint(complaintId);
        if (resident.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        List<Item> items = new ArrayList<>();
        for (ResidentRepresentative r : representatives.forResident(resident.get().id())) {
            boolean aboutThis = r.scope() == ResidentRepresentative.Scope.ALL_COMPLAINTS || complaintId.equals(r.complaintId());
            if (!aboutThis) {
                continue;
            }
            String tag = r.actsFor(complaintId, today) ? "Consent given" : switch (r.consentStatus()) {
                case GIVEN -> r.expiresOn() != null && r.expiresOn().isBefore(today) ? "Consent expired" : "Not yet in force";
                case REQUESTED -> "Consent requested";
                case REFUSED -> "Consent refused";
                case WITHDRAWN -> "Consent withdrawn";
            };
            items.add(new Item(r.name() + " (" + words(r.relationship().name())
                    + (r.organisation() == null || r.organisation().isBlank() ? "" : ", " + r.organisation()) + ")", consent(r), r.recordedAt(),
                    "/residents/" + resident.get().id() + "/representatives#representative-" + r.id(), tag));
        }
        ContactPlan plan = plans.planFor(complaintId, today);
        for (ContactPlan.Addressee a : plan.addressees()) {
            List<String> detail = new ArrayList<>();
            detail.add(switch (a.method()) {
                case EMAIL -> "By email";
                case SMS -> "By text message";
                case POST -> "By post";
            });
            a.formats().forEach(f -> detail.add(f.label()));
            detail.addAll(a.notes());
            items.add(new Item("Letters today go to " + a.name() + (a.role() == ContactPlan.Role.REPRESENTATIVE ? " (representative)" : " (resident)"),
                    String.join(". ", detail), null, null, null));
        }
        List<Link> links = List.of(new Link("Representatives and consent", "/residents/" + resident.get().id() + "/representatives"),
                new Link("Subject access export", "/residents/" + resident.get().id() + "/subject-access"));
        return List.of(new Section("representative", "Representative", "No one is recorded as acting for the resident on this complaint.",
                items, links));
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);

    private static String consent(ResidentRepresentative r) {
        StringBuilder text = new StringBuilder();
        if (r.consentGivenOn() != null) {
            text.append("Consent given on ").append(DATE.format(r.consentGivenOn())).append(" (").append(words(r.consentHow().name())).append(")");
        }
        else {
            text.append("No consent recorded yet");
        }
        text.append(r.scope() == ResidentRepresentative.Scope.ALL_COMPLAINTS ? ", for all complaints" : ", for this complaint");
        if (r.expiresOn() != null) {
            text.append(", until ").append(DATE.format(r.expiresOn()));
        }
        if (r.withdrawnOn() != null) {
            text.append(", withdrawn on ").append(DATE.format(r.withdrawnOn()));
        }
        return text.append(". Letters to: ").append(words(r.correspondenceTo().name()).toLowerCase(java.util.Locale.ROOT)).append(".").toString();
    }

    private static String words(String code) {
        String text = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return text.equals("mp") ? "MP" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public int order() {
        return 2;
    }
}

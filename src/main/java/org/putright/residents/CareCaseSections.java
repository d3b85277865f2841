package org.putright.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/**
 * The case page's view of what the resident needs and what limits contact: reasonable adjustments in force with their
 * review dates (5.10), contact restrictions including lapsed ones, with the reminder that none stops a complaint
 * (5.14), and — only for roles allowed to see it — that a disability was disclosed, never the words themselves: they
 * are one click away on a page that logs the viewing.
 */
@Component
class CareCaseSections implements CaseContributions {

    private final ResidentRecords residents;
    private final Adjustments adjustments;
    private final ContactRestrictions restrictions;
    private final Disclosures disclosures;
    private final ReviewReminders reviews;
    private final WorkingDays workingDays;

    CareCaseSections(ResidentRecords residents, Adjustments adjustments, ContactRestrictions restrictions, Disclosures disclosures,
            ReviewReminders reviews, WorkingDays workingDays) {
        this.residents = residents;
        this.adjustments = adjustments;
        this.restrictions = restrictions;
        this.disclosures = disclosures;
        this.reviews = reviews;
        this.workingDays = workingDays;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        Optional<ResidentRecord> linked = residents.forComplaint(complaintId);
        if (linked.isEmpty()) {
            return List.of();
        }
        UUID residentId = linked.get().id();
        LocalDate today = workingDays.today();
        List<Section> sections = new ArrayList<>();
        sections.add(adjustmentsSection(residentId, today));
        if (disclosures.permitted()) {
            sections.add(disclosureSection(residentId, complaintId));
        }
        sections.add(restrictionsSection(residentId, today));
        return sections;
    }

    private Section adjustmentsSection(UUID residentId, LocalDate today) {
        LocalDate horizon = reviews.dueSoonHorizon();
        String page = "/residents/" + residentId + "/adjustments";
        List<Item> items = adjustments.activeFor(residentId, today).stream()
                .map(a -> new Item(a.kindLabel(), (a.detail() == null ? "" : a.detail() + "\n") + "Agreed " + CareWords.day(a.agreedOn())
                        + " by " + a.agreedBy() + "; review by " + CareWords.day(a.reviewOn()), null, page + "#adjustment-" + a.id(),
                        a.reviewTag(today, horizon)))
                .toList();
        return new Section("reasonable-adjustments", "Reasonable adjustments",
                "No reasonable adjustments are agreed with this resident.", items,
                List.of(new Link("Manage reasonable adjustments", page)));
    }

    private Section disclosureSection(UUID residentId, UUID complaintId) {
        String page = "/residents/" + residentId + "/disclosures?complaint=" + complaintId;
        if (disclosures.anyFor(residentId)) {
            return new Section("disclosed-disability", "Disclosed disability", null,
                    List.of(new Item("Disclosed disability: recorded", "Special-category data: shown on its own page, and your viewing is logged.",
                            null, null, null)),
                    List.of(new Link("View the disclosed disability (your viewing is logged)", page)));
        }
        return new Section("disclosed-disability", "Disclosed disability", "The resident has not disclosed a disability to us.", List.of(),
                List.of(new Link("Record a disability the resident has disclosed", page)));
    }

    private Section restrictionsSection(UUID residentId, LocalDate today) {
        String page = "/residents/" + residentId + "/restrictions";
        List<Item> items = new ArrayList<>();
        for (ContactRestrictions.Restriction r : restrictions.forResident(residentId)) {
            ContactRestrictions.Status status = r.statusOn(today);
            if (status == ContactRestrictions.Status.LIFTED) {
                continue;
            }
            String tag = switch (status) {
                case ACTIVE -> "Active";
                case NOT_STARTED -> "Starts " + CareWords.day(r.startsOn());
                case LAPSED -> "Lapsed: no longer applies";
                case LIFTED -> "Lifted";
            };
            String when = status == ContactRestrictions.Status.LAPSED
                    ? "Its review date, " + CareWords.day(r.reviewOn()) + ", passed without a review"
                    : "From " + CareWords.day(r.startsOn()) + "; review by " + CareWords.day(r.reviewOn());
            items.add(new Item(r.kindLabels(), (r.detail() == null ? "" : r.detail() + "\n") + when + ". Approved by " + r.approvedBy() + ".",
                    null, page + "#restriction-" + r.id(), tag));
        }
        if (!items.isEmpty()) {
            items.add(0, new Item("A restriction never stops a complaint being logged or escalated (Code 5.14)",
                    "It limits how the resident contacts us, not their right to complain.", null, null, null));
        }
        return new Section("contact-restrictions", "Contact restrictions",
                "No contact restrictions. (A restriction never stops a complaint being logged or escalated: Code 5.14.)", items,
                List.of(new Link("Manage contact restrictions", page)));
    }
}

package org.putright.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/**
 * The case page's "Resident" section (who the complaint belongs to, as the resident record holds them now) and its
 * "History" section: the other complaints and service requests of the resident and of their home (2022 Code 5.4), so
 * recurring issues are considered.
 */
@Component
class ResidentOnCasePage implements CaseContributions {

    private final ResidentStore store;
    private final ResidentHistory history;
    private final ResidentWords words = new ResidentWords();

    ResidentOnCasePage(ResidentStore store, ResidentHistory history) {
        this.store = store;
        this.history = history;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        Optional<ResidentRecord> found = store.forComplaint(complaintId);
        if (found.isEmpty()) {
            return List.of(new Section("resident-record", "Resident", "This complaint is not linked to a resident record yet.", List.of(),
                    List.of(new Link("Find the resident", "/residents"))));
        }
        ResidentRecord r = found.get();
        String href = "/residents/" + r.id();
        Section resident = new Section("resident-record", "Resident", null, List.of(new Item(r.name(), describe(r), null, href,
                r.anonymisedOn() != null ? "Anonymised" : null)), List.of());
        List<Item> items = new ArrayList<>();
        for (ResidentHistory.Entry e : history.of(r.id(), complaintId)) {
            StringBuilder detail = new StringBuilder(words.kind(e.kind())).append(", received ").append(words.date(e.receivedOn()));
            detail.append(e.ofThisResident() ? " from this resident" : " from " + e.residentName() + " at this home");
            if (e.summary() != null) {
                detail.append("\n").append(e.summary());
            }
            items.add(new Item(e.reference(), detail.toString(), null, "/cases/" + e.complaintId(), words.status(e.status())));
        }
        Section earlier = new Section("resident-history", "History", "No other complaints or service requests from this resident or this home.",
                items, List.of());
        return List.of(resident, earlier);
    }

    private String describe(ResidentRecord r) {
        List<String> lines = new ArrayList<>();
        lines.add("Tenancy reference: " + words.orNone(r.tenancyReference()));
        lines.add("Address: " + (r.address() == null || r.address().isEmpty() ? "Not known" : r.address().oneLine()));
        List<String> contact = new ArrayList<>();
        if (r.email() != null) {
            contact.add(r.email());
        }
        if (r.phone() != null) {
            contact.add(r.phone());
        }
        lines.add("Contact: " + (contact.isEmpty() ? "Not known" : String.join(", ", contact)));
        lines.add("Preferred contact: " + words.contact(r.preferredContact()));
        String household = ResidentChanges.household(r.household());
        lines.add("Household: " + (household == null ? "Not recorded" : household));
        return String.join("\n", lines);
    }
}

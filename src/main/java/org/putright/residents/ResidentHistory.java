package org.putright.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Status;
import org.putright.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 2022 Code 5.4: every earlier complaint and service request of the resident, and of their home (other residents with
 * the same property, such as previous tenants), so recurring issues are considered. Each with where it stands now.
 */
@Service
class ResidentHistory {

    /** At most this many entries: a long history's most recent. */
    static final int LIMIT = 100;

    /**
     * One complaint or service request. {@code ofThisResident} false means it was another resident's at the same home
     * ({@code residentName} says whose).
     */
    public record Entry(UUID complaintId, String reference, String kind, Status status, int stage, LocalDate receivedOn,
            Instant receivedAt, String summary, boolean ofThisResident, UUID residentId, String residentName) {
    }

    private final ResidentStore store;
    private final ComplaintService complaints;

    ResidentHistory(ResidentStore store, ComplaintService complaints) {
        this.store = store;
        this.complaints = complaints;
    }

    /** The history of the resident (following a merge to the survivor) and their home, newest first, without {@code except}. */
    @Transactional(readOnly = true)
    List<Entry> of(UUID residentId, UUID except) {
        ResidentRecord resident = store.surviving(residentId).orElseThrow(() -> new NotFoundException("No resident with id " + residentId));
        Set<UUID> own = new LinkedHashSet<>();
        own.add(resident.id());
        // links move to the survivor on a merge; records merged earlier are included in case a link was made to them since
        store.mergedInto(resident.id()).forEach(r -> own.add(r.id()));
        Map<UUID, ResidentRecord> others = new HashMap<>();
        String propertyKey = ResidentStore.propertyKey(resident.propertyReference(), resident.address());
        for (ResidentRecord r : store.atProperty(propertyKey)) {
            if (!own.contains(r.id())) {
                others.put(r.id(), r);
            }
        }
        List<ResidentStore.LinkedComplaint> linked = new ArrayList<>(store.complaintsOf(own));
        linked.addAll(store.complaintsOf(others.keySet()));
        linked.sort(Comparator.comparing(ResidentStore.LinkedComplaint::receivedOn).reversed()
                .thenComparing(ResidentStore.LinkedComplaint::reference, Comparator.reverseOrder()));
        List<Entry> entries = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (ResidentStore.LinkedComplaint link : linked) {
            if (link.complaintId().equals(except) || !seen.add(link.complaintId())) {
                continue;
            }
            if (entries.size() == LIMIT) {
                break;
            }
            ComplaintView c;
            try {
                c = complaints.get(link.complaintId());
            }
            catch (NotFoundException gone) {
                continue;
            }
            boolean mine = own.contains(link.residentId());
            ResidentRecord whose = mine ? resident : others.get(link.residentId());
            entries.add(new Entry(c.id(), c.reference(), c.kind(), c.status(), c.stage(), c.receivedOn(), c.receivedAt(), link.summary(),
                    mine, whose.id(), whose.name()));
        }
        return entries;
    }
}

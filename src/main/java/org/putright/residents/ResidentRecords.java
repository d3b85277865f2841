package org.putright.residents;

import java.util.Optional;
import java.util.UUID;

import org.putright.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The residents module's API for reading resident records. */
@Service
public class ResidentRecords {

    private final ResidentStore store;

    ResidentRecords(ResidentStore store) {
        this.store = store;
    }

    /** The resident a complaint belongs to (following merges), if it has been linked. */
    @Transactional(readOnly = true)
    public Optional<ResidentRecord> forComplaint(UUID complaintId) {
        return store.forComplaint(complaintId);
    }

    /**
     * The records merged into this one, directly or through another merge: their audit trails and special-category reads
     * stay under their own ids, so a subject access export of the survivor includes them.
     */
    @Transactional(readOnly = true)
    public java.util.List<UUID> mergedFrom(UUID id) {
        java.util.List<UUID> found = new java.util.ArrayList<>();
        java.util.Deque<UUID> next = new java.util.ArrayDeque<>(java.util.List.of(id));
        while (!next.isEmpty() && found.size() < 1000) {
            for (ResidentRecord merged : store.mergedInto(next.pop())) {
                found.add(merged.id());
                next.push(merged.id());
            }
        }
        return found;
    }

    /** The live resident with this tenancy reference (following merges), if any. */
    @Transactional(readOnly = true)
    public Optional<ResidentRecord> byTenancyReference(String tenancyReference) {
        return store.byTenancyReference(tenancyReference).flatMap(r -> store.surviving(r.id()));
    }

    /**
     * The resident's home as a key, the same for everyone living there: the landlord's property reference when known,
     * otherwise the first address line and postcode; null when neither is known. For counting repeat properties.
     */
    public String propertyKey(ResidentRecord resident) {
        return ResidentStore.propertyKey(resident.propertyReference(), resident.address());
    }

    @Transactional(readOnly = true)
    public ResidentRecord get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
    }
}

package org.putright.residents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate resident record into the one that survives. The merged record is kept (with {@code merged_into}), so
 * anything that still points at it resolves to the survivor; its complaints, representatives, adjustments, disclosures
 * and contact restrictions move to the survivor; contact details the survivor lacks are filled from it. Both records'
 * logs say so.
 */
@Service
class ResidentMerges {

    /** What a merge did. */
    public record Merged(UUID merged, UUID into, List<String> complaintsMoved, Map<String, Integer> rowsMoved,
            List<FieldChange> filled) {
    }

    private final ResidentStore store;
    private final ResidentLog log;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResidentMerges(ResidentStore store, ResidentLog log, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Merged merge(UUID id, UUID into, String reason, String actor) {
        if (into == null) {
            throw new InvalidRequestException("into", null, "Choose the record to merge into");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", reason, "Enter why these records are the same person");
        }
        if (reason.strip().length() > 2000) {
            throw new InvalidRequestException("reason", reason, "must be 2000 characters or fewer");
        }
        if (id.equals(into)) {
            throw new InvalidRequestException("into", into, "A record cannot be merged into itself");
        }
        store.lock(id, into);
        ResidentRecord merged = store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
        ResidentRecord survivor = store.find(into)
                .orElseThrow(() -> new InvalidRequestException("into", into, "There is no resident record with this id"));
        if (merged.mergedInto() != null) {
            throw new ConflictException("This record was already merged into resident " + merged.mergedInto());
        }
        if (survivor.mergedInto() != null) {
            throw new InvalidRequestException("into", into,
                    "That record was itself merged into resident " + survivor.mergedInto() + ": merge into that record instead");
        }
        if (merged.anonymisedOn() != null || survivor.anonymisedOn() != null) {
            throw new InvalidRequestException("into", into, "An anonymised record cannot be merged");
        }

        ResidentRecord filledIn = fill(survivor, merged);
        boolean tenancyMoves = survivor.tenancyReference() == null && merged.tenancyReference() != null;
        // the tenancy reference is unique: it leaves the merged record before the survivor takes it
        store.update(withMergedInto(merged, into, tenancyMoves ? null : merged.tenancyReference()), clock.instant());
        List<FieldChange> filled = ResidentChanges.between(survivor, filledIn);
        if (!filled.isEmpty()) {
            store.update(filledIn, clock.instant());
        }
        List<String> complaints = store.moveLinks(id, into);
        Map<String, Integer> rows = store.repoint(id, into);

        String why = reason.strip();
        Map<String, Object> onMerged = new LinkedHashMap<>();
        onMerged.put("into", into.toString());
        onMerged.put("reason", why);
        onMerged.put("complaintsMoved", complaints);
        onMerged.put("rowsMoved", rows);
        if (tenancyMoves) {
            onMerged.put("changes", List.of(new FieldChange("tenancyReference", merged.tenancyReference(), null)));
        }
        log.append(id, "ResidentMergedInto", actor, onMerged);
        Map<String, Object> onSurvivor = new LinkedHashMap<>();
        onSurvivor.put("from", id.toString());
        onSurvivor.put("fromName", merged.name());
        onSurvivor.put("reason", why);
        onSurvivor.put("complaintsMoved", complaints);
        onSurvivor.put("rowsMoved", rows);
        onSurvivor.put("changes", filled);
        log.append(into, "ResidentMerged", actor, onSurvivor);
        events.publishEvent(new ResidentsMerged(id, into));
        return new Merged(id, into, complaints, rows, filled);
    }

    /** The survivor with what it lacks taken from the merged record: its own details always win. */
    private static ResidentRecord fill(ResidentRecord survivor, ResidentRecord merged) {
        // an address is taken whole, never mixed: only when the survivor has neither a first line nor a postcode
        PostalAddress held = survivor.address();
        PostalAddress address = held == null || ResidentStore.blankToNull(held.line1()) == null && ResidentStore.blankToNull(held.postcode()) == null
                ? merged.address() : held;
        return new ResidentRecord(survivor.id(), survivor.tenancyReference() != null ? survivor.tenancyReference() : merged.tenancyReference(),
                survivor.propertyReference() != null ? survivor.propertyReference() : merged.propertyReference(), survivor.name(), address,
                survivor.email() != null ? survivor.email() : merged.email(), survivor.phone() != null ? survivor.phone() : merged.phone(),
                survivor.preferredContact() != null ? survivor.preferredContact() : merged.preferredContact(),
                survivor.household() == null || survivor.household().isEmpty() ? new ArrayList<>(merged.household()) : survivor.household(),
                survivor.source(), null, null);
    }

    private static ResidentRecord withMergedInto(ResidentRecord r, UUID into, String tenancyReference) {
        return new ResidentRecord(r.id(), tenancyReference, r.propertyReference(), r.name(), r.address(), r.email(), r.phone(),
                r.preferredContact(), r.household(), r.source(), into, r.anonymisedOn());
    }
}

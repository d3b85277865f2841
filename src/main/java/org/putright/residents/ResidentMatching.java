package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.Resident;
import org.putright.residents.ResidentLinked.MatchedBy;
import org.springframework.stereotype.Component;

/**
 * Finds the resident a complaint belongs to and links them: the record with the complaint's tenancy reference, else the
 * only live record with its email address (when the complaint gave no tenancy reference), else a new record made from
 * what the complaint gave. Shared by the link made at intake and the backfill of complaints received before this module.
 */
@Component
class ResidentMatching {

    /** The resident the complaint was linked to, and how. */
    record Match(ResidentRecord resident, MatchedBy matchedBy) {
    }

    private final ResidentStore store;
    private final ResidentLog log;
    private final Clock clock;

    ResidentMatching(ResidentStore store, ResidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** Links the complaint (in the caller's transaction) and logs it on the resident's record. */
    Match link(UUID complaintId, String reference, LocalDate receivedOn, String description, Resident given, String actor) {
        Match match = find(given);
        ResidentRecord resident = match.resident();
        if (match.matchedBy() == MatchedBy.NEW_RESIDENT) {
            store.insert(resident, clock.instant());
            log.append(resident.id(), "ResidentRecorded", actor, Map.of("source", "INTAKE", "complaint", reference));
        }
        store.link(complaintId, resident.id(), reference, receivedOn, summary(description), match.matchedBy(), clock.instant());
        log.append(resident.id(), "ComplaintLinked", actor, Map.of("complaint", reference, "matchedBy", match.matchedBy().name()));
        return match;
    }

    private Match find(Resident given) {
        Optional<ResidentRecord> byTenancy = store.byTenancyReference(given.tenancyReference()).flatMap(r -> store.surviving(r.id()))
                .filter(r -> r.anonymisedOn() == null);
        if (byTenancy.isPresent()) {
            return new Match(byTenancy.get(), MatchedBy.TENANCY_REFERENCE);
        }
        boolean noTenancy = given.tenancyReference() == null || given.tenancyReference().isBlank();
        List<ResidentRecord> byEmail = noTenancy ? store.byEmail(given.email()).stream().filter(r -> r.anonymisedOn() == null).toList()
                : List.of();
        if (byEmail.size() == 1) {
            return new Match(byEmail.get(0), MatchedBy.EMAIL);
        }
        ResidentRecord made = new ResidentRecord(UUID.randomUUID(), given.tenancyReference(), null, given.name(),
                new PostalAddress(null, null, null, ResidentValidation.normalisePostcode(given.postcode())), given.email(), given.phone(),
                null, List.of(), "INTAKE", null, null);
        return new Match(made, MatchedBy.NEW_RESIDENT);
    }

    static String summary(String description) {
        if (description == null) {
            return null;
        }
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }
}

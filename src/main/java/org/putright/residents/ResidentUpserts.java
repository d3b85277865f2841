package org.putright.residents;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates a resident record from the housing management system, keyed by tenancy reference: the API's
 * upsert and each row of the CSV import go through here, so both validate, compare and log the same way. Every change is
 * appended to the resident's log with the fields changed from → to.
 */
@Service
class ResidentUpserts {

    enum Kind {
        CREATED, UPDATED, UNCHANGED
    }

    /** What an upsert did (or, planned, would do) to the record with this tenancy reference. */
    record Outcome(UUID residentId, String tenancyReference, Kind kind, List<FieldChange> changes) {
    }

    /** The record as it is ({@code null} when new) and as it would be. */
    record Planned(ResidentRecord current, ResidentRecord next, List<FieldChange> changes) {

        Kind kind() {
            return current == null ? Kind.CREATED : changes.isEmpty() ? Kind.UNCHANGED : Kind.UPDATED;
        }
    }

    private final ResidentStore store;
    private final ResidentLog log;
    private final Clock clock;

    ResidentUpserts(ResidentStore store, ResidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** Validates and upserts; the first problem found is refused as an {@link InvalidRequestException}. */
    @Transactional
    Outcome upsert(String tenancyReference, ResidentDetails details, String source, String actor) {
        List<ResidentValidation.Problem> problems = new java.util.ArrayList<>(ResidentValidation.tenancyReference(tenancyReference));
        boolean exists = problems.isEmpty() && current(tenancyReference).isPresent();
        problems.addAll(ResidentValidation.check(details, !exists));
        if (!problems.isEmpty()) {
            ResidentValidation.Problem first = problems.get(0);
            throw new InvalidRequestException(first.field(), first.value(), first.message());
        }
        return apply(plan(tenancyReference, details), source, actor, Map.of());
    }

    /** What upserting these (already validated) details would change; nothing is written. */
    Planned plan(String tenancyReference, ResidentDetails details) {
        String reference = tenancyReference.strip();
        Optional<ResidentRecord> current = current(reference);
        ResidentRecord base = current.orElse(null);
        ResidentRecord next = merge(base, reference, details);
        return new Planned(base, next, ResidentChanges.between(base, next));
    }

    /** Writes a plan and logs it; {@code context} is added to the log entry (for example the import it came from). */
    Outcome apply(Planned planned, String source, String actor, Map<String, Object> context) {
        ResidentRecord next = planned.next();
        switch (planned.kind()) {
            case CREATED -> {
                store.insert(next, clock.instant());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("source", source);
                details.putAll(context);
                details.put("changes", planned.changes());
                log.append(next.id(), "ResidentRecorded", actor, details);
            }
            case UPDATED -> {
                store.update(next, clock.instant());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("source", source);
                details.putAll(context);
                details.put("changes", planned.changes());
                log.append(next.id(), "ResidentUpdated", actor, details);
            }
            case UNCHANGED -> {
                // nothing changed, nothing to log
            }
        }
        return new Outcome(next.id(), next.tenancyReference(), planned.kind(), planned.changes());
    }

    /** The live record for a tenancy reference: a record merged away answers with the one it was merged into. */
    Optional<ResidentRecord> current(String tenancyReference) {
        return store.byTenancyReference(tenancyReference).flatMap(r -> store.surviving(r.id()))
                .filter(r -> r.anonymisedOn() == null);
    }

    private static ResidentRecord merge(ResidentRecord base, String tenancyReference, ResidentDetails d) {
        PostalAddress was = base == null || base.address() == null ? new PostalAddress(null, null, null, null) : base.address();
        PostalAddress given = d.address() == null ? new PostalAddress(null, null, null, null) : d.address();
        PostalAddress address = new PostalAddress(pick(given.line1(), was.line1()), pick(given.line2(), was.line2()),
                pick(given.town(), was.town()),
                given.postcode() == null || given.postcode().isBlank() ? was.postcode() : ResidentValidation.normalisePostcode(given.postcode()));
        ResidentRecord.PreferredContact preferred = ResidentValidation.blank(d.preferredContact())
                ? base == null ? null : base.preferredContact()
                : ResidentValidation.preferredContact(d.preferredContact());
        List<HouseholdMember> household = d.household() != null ? d.household().stream().map(ResidentUpserts::tidy).toList()
                : base == null ? List.of() : base.household();
        if (base == null) {
            return new ResidentRecord(UUID.randomUUID(), tenancyReference, strip(d.propertyReference()), strip(d.name()), address,
                    strip(d.email()), strip(d.phone()), preferred, household, "HOUSING_SYSTEM", null, null);
        }
        // the tenancy reference stays the record's own (a merged-away record's reference leads to its survivor)
        return new ResidentRecord(base.id(), base.tenancyReference(), pick(d.propertyReference(), base.propertyReference()),
                pick(d.name(), base.name()), address, pick(d.email(), base.email()), pick(d.phone(), base.phone()), preferred, household,
                base.source(), base.mergedInto(), base.anonymisedOn());
    }

    private static HouseholdMember tidy(HouseholdMember m) {
        return new HouseholdMember(strip(m.name()), strip(m.relationship()), m.dateOfBirth());
    }

    private static String pick(String given, String current) {
        return given == null || given.isBlank() ? current : given.strip();
    }

    private static String strip(String text) {
        return ResidentStore.blankToNull(text);
    }
}

package org.putright.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and reading resident records for staff, and correcting a resident's contact details (logged). */
@Service
class ResidentDirectory {

    static final int SEARCH_LIMIT = 50;

    /** A complaint or service request linked to the resident, as linked. */
    public record LinkedComplaint(UUID complaintId, String reference, LocalDate receivedOn, String summary, String matchedBy) {
    }

    /** A resident's record with the complaints linked to it and the records merged into it. */
    public record ResidentFile(ResidentRecord resident, List<LinkedComplaint> complaints, List<UUID> mergedFrom) {
    }

    /** Contact details as a member of staff corrects them: each value replaces what is held, a blank clears it. */
    record ContactDetails(String email, String phone, String preferredContact, String line1, String line2, String town, String postcode) {
    }

    private final ResidentStore store;
    private final ResidentRecords records;
    private final ResidentLog log;
    private final Clock clock;

    ResidentDirectory(ResidentStore store, ResidentRecords records, ResidentLog log, Clock clock) {
        this.store = store;
        this.records = records;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ResidentRecord> search(String q) {
        return store.search(q, SEARCH_LIMIT);
    }

    @Transactional(readOnly = true)
    ResidentFile file(UUID id) {
        ResidentRecord resident = store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
        List<LinkedComplaint> complaints = store.complaintsOf(List.of(id)).stream()
                .map(c -> new LinkedComplaint(c.complaintId(), c.reference(), c.receivedOn(), c.summary(), c.matchedBy())).toList();
        return new ResidentFile(resident, complaints, records.mergedFrom(id));
    }

    @Transactional(readOnly = true)
    List<ResidentLog.Entry> trail(UUID id) {
        store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
        return log.history(id);
    }

    /** All problems with the details, field by field (the page shows them all). */
    static List<ResidentValidation.Problem> check(ContactDetails c) {
        List<ResidentValidation.Problem> problems = new ArrayList<>(ResidentValidation.check(new ResidentDetails(null, null,
                new PostalAddress(c.line1(), c.line2(), c.town(), c.postcode()), c.email(), c.phone(), c.preferredContact(), null), false));
        ResidentRecord.PreferredContact preferred = ResidentValidation.preferredContact(c.preferredContact());
        if (preferred != null && problems.stream().noneMatch(p -> p.field().equals("preferredContact"))) {
            switch (preferred) {
                case EMAIL -> require(problems, c.email(), "email", "Enter an email address, or choose another way to contact them");
                case PHONE, SMS -> require(problems, c.phone(), "phone", "Enter a phone number, or choose another way to contact them");
                case POST -> {
                    require(problems, c.line1(), "address.line1", "Enter the first line of the address, or choose another way to contact them");
                    require(problems, c.postcode(), "address.postcode", "Enter the postcode, or choose another way to contact them");
                }
            }
        }
        return problems;
    }

    private static void require(List<ResidentValidation.Problem> problems, String value, String field, String message) {
        if (ResidentValidation.blank(value) && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new ResidentValidation.Problem(field, value, message));
        }
    }

    /** Replaces the contact details and address; logs the fields changed from → to. Returns the changes (none: nothing logged). */
    @Transactional
    List<FieldChange> correctContact(UUID id, ContactDetails c, String actor) {
        List<ResidentValidation.Problem> problems = check(c);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).field(), problems.get(0).value(), problems.get(0).message());
        }
        store.lock(id);
        ResidentRecord r = store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
        if (r.mergedInto() != null) {
            throw new ConflictException("This record was merged into another: correct that record instead");
        }
        if (r.anonymisedOn() != null) {
            throw new ConflictException("This record was anonymised under the retention policy");
        }
        ResidentRecord next = new ResidentRecord(r.id(), r.tenancyReference(), r.propertyReference(), r.name(),
                new PostalAddress(ResidentStore.blankToNull(c.line1()), ResidentStore.blankToNull(c.line2()), ResidentStore.blankToNull(c.town()),
                        ResidentValidation.normalisePostcode(c.postcode())),
                ResidentStore.blankToNull(c.email()), ResidentStore.blankToNull(c.phone()), ResidentValidation.preferredContact(c.preferredContact()),
                r.household(), r.source(), r.mergedInto(), r.anonymisedOn());
        List<FieldChange> changes = ResidentChanges.between(r, next);
        if (!changes.isEmpty()) {
            store.update(next, clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source", "STAFF");
            details.put("changes", changes);
            log.append(id, "ResidentUpdated", actor, details);
        }
        return changes;
    }
}

package org.putright.correspondence.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.correspondence.mail.CorrespondenceItem.Party;
import org.putright.correspondence.mail.CorrespondenceItem.Triage;
import org.putright.correspondence.mail.CorrespondenceStore.NewItem;
import org.putright.identity.StaffDirectory;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What staff do with correspondence: read it, log what came or went some other way, and file unmatched mail. */
@Component
class CorrespondenceLog {

    /** Correspondence logged by hand: a call, a councillor's letter, an email to a contractor. */
    record Entry(Direction direction, Party party, Medium channel, String from, String to, String subject, String body, Instant occurredAt) {
    }

    private final CorrespondenceStore store;
    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final Clock clock;

    CorrespondenceLog(CorrespondenceStore store, ComplaintService complaints, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CorrespondenceItem> forComplaint(UUID complaintId) {
        complaints.get(complaintId); // 404 for an unknown complaint
        return store.forComplaint(complaintId);
    }

    @Transactional(readOnly = true)
    public List<CorrespondenceItem> intake() {
        return store.intake();
    }

    @Transactional(readOnly = true)
    public CorrespondenceItem get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No correspondence " + id));
    }

    @Transactional
    public CorrespondenceItem log(UUID complaintId, Entry entry) {
        complaints.get(complaintId);
        Instant now = clock.instant();
        if (entry.occurredAt() != null && entry.occurredAt().isAfter(now.plusSeconds(300))) {
            throw new InvalidRequestException("occurredAt", entry.occurredAt().toString(), "must not be in the future");
        }
        Instant occurred = entry.occurredAt() == null ? now : entry.occurredAt();
        UUID id = store.insert(new NewItem(complaintId, entry.direction(), entry.party(), entry.channel(), entry.from(), entry.to(),
                entry.subject(), entry.body(), occurred, now, staff.currentUsername(), Triage.LOGGED, null, null, null, null, null), List.of());
        return get(id);
    }

    /** Files an item under a complaint, given its id or its reference; a new assignment row, history kept. */
    @Transactional
    public CorrespondenceItem assign(UUID id, String complaint) {
        CorrespondenceItem item = get(id);
        if (item.direction() != Direction.IN) {
            throw new InvalidRequestException("id", id.toString(), "only incoming correspondence can be filed under another complaint");
        }
        ComplaintView target = resolve(complaint);
        if (target.id().equals(item.complaintId())) {
            return item;
        }
        store.assign(id, target.id(), clock.instant(), staff.currentUsername());
        return get(id);
    }

    private ComplaintView resolve(String complaint) {
        if (complaint == null || complaint.isBlank()) {
            throw new InvalidRequestException("complaint", complaint, "Enter the complaint reference, like CMP-2026-000123");
        }
        String given = complaint.strip();
        try {
            return complaints.get(UUID.fromString(given));
        }
        catch (IllegalArgumentException notAnId) {
            return complaints.findByReference(given.toUpperCase(Locale.ROOT)).orElseThrow(() -> new InvalidRequestException("complaint",
                    given, "There is no complaint with the reference " + given));
        }
        catch (NotFoundException e) {
            throw new InvalidRequestException("complaint", given, "There is no complaint " + given);
        }
    }
}

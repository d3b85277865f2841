package org.putright.correspondence.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.CaseContributions;
import org.putright.complaints.ComplaintService;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.springframework.stereotype.Component;

/** The case page's "Correspondence" section: everything in and out, oldest first, each linked to its full text. */
@Component
class CorrespondenceSection implements CaseContributions {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);

    private final CorrespondenceStore store;
    private final ComplaintService complaints;
    private final WorkingDays workingDays;
    private final CorrespondencePages.Words words = new CorrespondencePages.Words();

    CorrespondenceSection(CorrespondenceStore store, ComplaintService complaints, WorkingDays workingDays) {
        this.store = store;
        this.complaints = complaints;
        this.workingDays = workingDays;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        List<Item> items = new ArrayList<>();
        List<CorrespondenceItem> all = store.forComplaint(complaintId);
        List<Section> sections = new ArrayList<>();
        KeepingInformed.nextUpdate(complaints.get(complaintId), all, workingDays).ifPresent(next -> sections.add(new Section(
                "keeping-informed", "Keeping the resident informed", null,
                List.of(new Item("Next update due by " + DATE.format(next.dueBy()),
                        "Agreed on " + DATE.format(next.agreedOn()) + ": every " + next.everyWorkingDays() + " working days until the "
                                + "response (5.9). Last contact: " + DATE.format(next.lastContact()) + ".",
                        null, null, next.overdue() ? "Overdue" : "Due")),
                List.of())));
        for (CorrespondenceItem c : all) {
            String who = c.direction() == Direction.IN ? "from " + (c.from() == null ? words.label(c.party()) : c.from())
                    : "to " + (c.to() == null ? words.label(c.party()) : c.to());
            String title = words.label(c.channel()) + " " + who + (c.subject() == null ? "" : ": " + c.subject());
            StringBuilder detail = new StringBuilder(words.excerpt(c.body(), 300));
            long stored = c.attachments().stream().filter(CorrespondenceItem.Attachment::stored).count();
            long rejected = c.attachments().size() - stored;
            if (stored > 0) {
                detail.append(detail.isEmpty() ? "" : "\n").append(stored).append(stored == 1 ? " attachment" : " attachments");
            }
            if (rejected > 0) {
                detail.append(detail.isEmpty() ? "" : "\n").append(rejected).append(" refused (kept in the original message)");
            }
            if (c.letterId() != null) {
                // the letter itself, with its delivery status, is in the Letters section: here just that it went
                items.add(new Item(title, null, c.occurredAt(), "/correspondence/" + c.id(), "Letter"));
                continue;
            }
            items.add(new Item(title, detail.isEmpty() ? null : detail.toString(), c.occurredAt(), "/correspondence/" + c.id(),
                    c.direction() == Direction.IN ? "Received" : "Sent"));
        }
        sections.add(new Section("correspondence", "Correspondence", "No correspondence recorded yet.", items,
                List.of(new Link("Unmatched mail waiting to be filed", "/correspondence/intake"))));
        return sections;
    }

    @Override
    public int order() {
        return 20;
    }
}

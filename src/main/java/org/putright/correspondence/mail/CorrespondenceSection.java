package org.putright.correspondence.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.CaseContributions;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.springframework.stereotype.Component;

/** The case page's "Correspondence" section: everything in and out, oldest first, each linked to its full text. */
@Component
class CorrespondenceSection implements CaseContributions {

    private final CorrespondenceStore store;
    private final CorrespondencePages.Words words = new CorrespondencePages.Words();

    CorrespondenceSection(CorrespondenceStore store) {
        this.store = store;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        List<Item> items = new ArrayList<>();
        for (CorrespondenceItem c : store.forComplaint(complaintId)) {
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
            items.add(new Item(title, detail.isEmpty() ? null : detail.toString(), c.occurredAt(), "/correspondence/" + c.id(),
                    c.direction() == Direction.IN ? "Received" : "Sent"));
        }
        return List.of(new Section("correspondence", "Correspondence", "No correspondence recorded yet.", items,
                List.of(new Link("Unmatched mail waiting to be filed", "/correspondence/intake"))));
    }

    @Override
    public int order() {
        return 20;
    }
}

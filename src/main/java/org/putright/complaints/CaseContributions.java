package org.putright.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How other modules add to a case page (letters, correspondence, remedies, learning) without the complaints module
 * depending on them: each implementation returns its sections for the complaint, shown in the order of
 * {@code order()}.
 */
public interface CaseContributions {

    List<Section> sections(UUID complaintId);

    default int order() {
        return 0;
    }

    /** A titled block on the case page: its items and links to the module's own pages and forms. */
    record Section(String id, String title, String emptyText, List<Item> items, List<Link> links) {

        public Section {
            items = items == null ? List.of() : List.copyOf(items);
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    /** One entry: a title (linked when {@code href} is set), detail text, when, and a short status tag. */
    record Item(String title, String detail, Instant at, String href, String tag) {
    }

    record Link(String label, String href) {
    }
}

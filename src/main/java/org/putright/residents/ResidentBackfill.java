package org.putright.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.putright.complaints.ComplaintQueries;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints received before the residents module existed have no resident: once the application is ready, each is
 * linked by the same rules as at intake ({@link ResidentMatching}), one transaction per complaint. When every complaint
 * is linked already (and on an empty database) this is two counts. No {@link ResidentLinked} is published: that event
 * means a complaint arriving, and these arrived long ago.
 */
@Component
class ResidentBackfill {

    static final String ACTOR = "backfill";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ResidentBackfill.class);
    private static final ComplaintQueries.Filter EVERY_CASE = new ComplaintQueries.Filter(null, null, null, null, null, false, false, null,
            false);

    private final ComplaintQueries queries;
    private final ComplaintService complaints;
    private final ResidentStore store;
    private final ResidentMatching matching;
    private final TransactionTemplate transaction;

    ResidentBackfill(ComplaintQueries queries, ComplaintService complaints, ResidentStore store, ResidentMatching matching,
            PlatformTransactionManager transactions) {
        this.queries = queries;
        this.complaints = complaints;
        this.store = store;
        this.matching = matching;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            int linked = run();
            if (linked > 0) {
                log.info("Linked {} earlier complaints to resident records", linked);
            }
        }
        catch (RuntimeException e) {
            // the application works without it: the next start tries again
            log.error("Could not link earlier complaints to resident records", e);
        }
    }

    /** Links every complaint that has no resident yet; returns how many were linked. */
    int run() {
        long total = queries.list(EVERY_CASE, 0, 1).totalItems();
        if (total == 0 || total == store.linkedCount()) {
            return 0;
        }
        int linked = 0;
        for (int page = 0; (long) page * BATCH < total; page++) {
            List<ComplaintQueries.Summary> summaries = queries.list(EVERY_CASE, page, BATCH).items();
            List<UUID> ids = new ArrayList<>(summaries.stream().map(ComplaintQueries.Summary::id).toList());
            Set<UUID> done = store.linked(ids);
            for (UUID id : ids) {
                if (!done.contains(id) && Boolean.TRUE.equals(transaction.execute(status -> link(id)))) {
                    linked++;
                }
            }
        }
        return linked;
    }

    private boolean link(UUID complaintId) {
        if (!store.linked(List.of(complaintId)).isEmpty()) {
            return false; // linked meanwhile
        }
        ComplaintView c = complaints.get(complaintId);
        matching.link(c.id(), c.reference(), c.receivedOn(), c.description(), c.resident(), ACTOR);
        return true;
    }
}

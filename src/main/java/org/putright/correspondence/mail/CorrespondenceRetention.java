package org.putright.correspondence.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Correspondence's share of the retention policy: when a complaint's personal data is removed, everything filed under
 * it loses who it was from and to, its subject and words, the raw message and the attachments' names and files, in the
 * same transaction (the files once it commits). What stays is that something came in or went out, when, by which
 * channel, with whom (as a kind of party), and the attachments' types, sizes and checksums. The one exception to the
 * correspondence record being append-only (docs/decisions/0013).
 */
@Component
class CorrespondenceRetention {

    private static final Logger log = LoggerFactory.getLogger(CorrespondenceRetention.class);

    private final CorrespondenceStore store;
    private final JdbcClient jdbc;
    private final MailFiles files;

    CorrespondenceRetention(CorrespondenceStore store, JdbcClient jdbc, MailFiles files) {
        this.store = store;
        this.jdbc = jdbc;
        this.files = files;
    }

    @EventListener
    void on(PersonalDataAnonymised anonymised) {
        List<UUID> items = store.forComplaint(anonymised.complaintId()).stream().map(CorrespondenceItem::id).toList();
        if (items.isEmpty()) {
            return;
        }
        List<String> paths = new ArrayList<>();
        paths.addAll(jdbc.sql("select raw_path from correspondence where raw_path is not null and id in (:ids)").param("ids", items)
                .query(String.class).list());
        paths.addAll(jdbc.sql("select stored_path from correspondence_attachment where stored_path is not null and correspondence_id in (:ids)")
                .param("ids", items).query(String.class).list());
        String removed = PersonalDataAnonymised.REMOVED;
        jdbc.sql("""
                update correspondence set from_party = null, to_party = null,
                    subject = case when subject is null then null else :removed end,
                    body_text = case when body_text is null then null else :removed end,
                    parse_error = case when parse_error is null then null else :removed end,
                    raw_path = null
                where id in (:ids)""")
                .param("removed", removed).param("ids", items).update();
        jdbc.sql("""
                update correspondence_attachment set filename = null, stored_path = null, status = 'REMOVED', rejection_reason = :removed
                where correspondence_id in (:ids)""")
                .param("removed", removed).param("ids", items).update();
        deleteAfterCommit(paths);
    }

    /** Files are content-addressed and may be shared: one is deleted only when no row refers to it any more. */
    private void deleteAfterCommit(List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        Runnable delete = () -> {
            for (String path : paths) {
                boolean stillUsed = jdbc.sql("select count(*) from correspondence where raw_path = ?").param(path).query(Integer.class).single()
                        + jdbc.sql("select count(*) from correspondence_attachment where stored_path = ?").param(path).query(Integer.class)
                                .single() > 0;
                if (stillUsed) {
                    continue;
                }
                try {
                    Files.deleteIfExists(files.resolve(path));
                }
                catch (IOException | RuntimeException e) {
                    log.warn("Could not delete {} after anonymising its correspondence; delete it by hand", path, e);
                }
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delete.run();
                }
            });
        }
        else {
            delete.run();
        }
    }
}

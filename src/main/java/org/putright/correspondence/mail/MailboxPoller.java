package org.putright.correspondence.mail;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

/**
 * Reads new messages from the monitored IMAP folder. Each message's UID is remembered (with the folder's
 * UIDVALIDITY) once it is imported, so a poll starts after the last one; the import itself is idempotent too, so a
 * crash between importing and remembering only means the message is seen and skipped next time.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    record PollResult(int matched, int unmatched, int unreadable, int duplicates) {

        int imported() {
            return matched + unmatched + unreadable;
        }
    }

    private final MailSettings.Imap imap;
    private final MailImport imports;
    private final JdbcClient jdbc;
    private final Clock clock;

    MailboxPoller(MailSettings settings, MailImport imports, JdbcClient jdbc, Clock clock) {
        this.imap = settings.imap();
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean configured() {
        return imap.configured();
    }

    PollResult poll() throws MessagingException {
        if (!imap.configured()) {
            return new PollResult(0, 0, 0, 0);
        }
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "60000");
        Session session = Session.getInstance(properties);
        int matched = 0, unmatched = 0, unreadable = 0, duplicates = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                UIDFolder uids = (UIDFolder) folder;
                String mailbox = imap.user() + "@" + imap.host() + ":" + imap.port() + "/" + imap.folder();
                long validity = uids.getUIDValidity();
                long lastUid = lastUid(mailbox, validity);
                Message[] messages = uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(messages, profile);
                for (Message message : messages) {
                    long uid = uids.getUID(message);
                    if (uid <= lastUid) {
                        continue; // IMAP answers "n:*" with the last message even when its UID is below n
                    }
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    try {
                        message.writeTo(raw);
                    }
                    catch (java.io.IOException e) {
                        throw new MessagingException("Could not read message UID " + uid, e);
                    }
                    switch (imports.importMessage(raw.toByteArray())) {
                        case MATCHED -> matched++;
                        case UNMATCHED -> unmatched++;
                        case UNREADABLE -> unreadable++;
                        case DUPLICATE -> duplicates++;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                    remember(mailbox, validity, uid);
                }
            }
            finally {
                folder.close(false);
            }
        }
        PollResult result = new PollResult(matched, unmatched, unreadable, duplicates);
        if (result.imported() > 0) {
            log.info("Mailbox poll: {} filed by reference, {} for triage, {} unreadable (kept raw), {} already imported", matched,
                    unmatched, unreadable, duplicates);
        }
        return result;
    }

    private long lastUid(String mailbox, long validity) {
        return jdbc.sql("select last_uid from mailbox_cursor where mailbox = ? and uid_validity = ?").params(mailbox, validity)
                .query(Long.class).optional().orElse(0L);
    }

    private void remember(String mailbox, long validity, long uid) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("update mailbox_cursor set uid_validity = ?, last_uid = ?, updated_at = ? where mailbox = ?")
                .params(validity, uid, now, mailbox).update();
        if (updated == 0) {
            jdbc.sql("insert into mailbox_cursor (mailbox, uid_validity, last_uid, updated_at) values (?, ?, ?, ?)")
                    .params(mailbox, validity, uid, now).update();
        }
    }
}

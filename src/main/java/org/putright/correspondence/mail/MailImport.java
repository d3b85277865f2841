package org.putright.correspondence.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.correspondence.mail.CorrespondenceItem.Party;
import org.putright.correspondence.mail.CorrespondenceItem.Triage;
import org.putright.correspondence.mail.CorrespondenceStore.NewAttachment;
import org.putright.correspondence.mail.CorrespondenceStore.NewItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One received email into the record: the raw bytes are kept on disk before anything else, then the message is taken
 * apart, filed under the complaint whose reference it quotes (or left for triage), and its attachments checked and
 * stored. Importing the same message again (same bytes, or same Message-ID) does nothing.
 */
@Component
class MailImport {

    /** Complaint references as ReferenceNumbers writes them: CMP-2026-000123. */
    static final Pattern REFERENCE = Pattern.compile("\\bCMP-(\\d{4})-(\\d{6})\\b", Pattern.CASE_INSENSITIVE);

    static final String MAILBOX_ACTOR = "mailbox";

    private static final Logger log = LoggerFactory.getLogger(MailImport.class);

    enum Outcome {
        MATCHED, UNMATCHED, UNREADABLE, DUPLICATE
    }

    private final CorrespondenceStore store;
    private final MailFiles files;
    private final AttachmentPolicy policy;
    private final ComplaintService complaints;
    private final Clock clock;

    MailImport(CorrespondenceStore store, MailFiles files, AttachmentPolicy policy, ComplaintService complaints, Clock clock) {
        this.store = store;
        this.files = files;
        this.policy = policy;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Transactional
    public Outcome importMessage(byte[] raw) {
        String rawSha = MailFiles.sha256(raw);
        if (store.rawAlreadyImported(rawSha)) {
            return Outcome.DUPLICATE;
        }
        // first of all, so whatever happens next the message as received is kept
        String rawPath = files.storeRaw(rawSha, raw);
        Instant now = clock.instant();
        InboundMessage message;
        try {
            message = InboundMessage.parse(raw);
        }
        catch (Exception e) {
            String[] headers = InboundMessage.headersOf(raw);
            if (store.messageAlreadyImported(headers[2])) {
                return Outcome.DUPLICATE;
            }
            String error = "Could not read the message: " + describe(e);
            log.warn("Mail {} could not be parsed; kept raw at {}: {}", rawSha, rawPath, error);
            store.insert(new NewItem(null, Direction.IN, Party.OTHER, Medium.EMAIL, headers[1], null, headers[0], null, now, now,
                    MAILBOX_ACTOR, Triage.UNMATCHED, rawPath, rawSha, headers[2], null, error), List.of());
            return Outcome.UNREADABLE;
        }
        if (store.messageAlreadyImported(message.messageId())) {
            return Outcome.DUPLICATE;
        }
        Optional<ComplaintView> complaint = findComplaint(message);
        List<NewAttachment> attachments = new ArrayList<>();
        for (InboundMessage.File file : message.files()) {
            String type = policy.effectiveType(file.filename(), file.contentType());
            String sha = MailFiles.sha256(file.bytes());
            Optional<String> rejection = policy.rejection(type, file.bytes().length);
            String stored = rejection.isPresent() ? null : files.storeAttachment(sha, file.bytes());
            attachments.add(new NewAttachment(file.filename(), type, file.bytes().length, sha, stored, rejection.orElse(null)));
        }
        Instant sentAt = message.sentAt() == null || message.sentAt().isAfter(now) ? now : message.sentAt();
        store.insert(new NewItem(complaint.map(ComplaintView::id).orElse(null), Direction.IN,
                complaint.map(c -> partyOf(c, message.fromAddress())).orElse(Party.OTHER), Medium.EMAIL, message.from(), message.to(),
                message.subject(), message.text(), sentAt, now, MAILBOX_ACTOR, complaint.isPresent() ? Triage.MATCHED : Triage.UNMATCHED,
                rawPath, rawSha, message.messageId(), null, null), attachments);
        return complaint.isPresent() ? Outcome.MATCHED : Outcome.UNMATCHED;
    }

    /** The quoted reference (subject first, then the text), else the thread of one of our own emails. */
    private Optional<ComplaintView> findComplaint(InboundMessage message) {
        for (String text : new String[] { message.subject(), message.text() }) {
            if (text == null) {
                continue;
            }
            Matcher matcher = REFERENCE.matcher(text);
            while (matcher.find()) {
                Optional<ComplaintView> found = complaints.findByReference(matcher.group().toUpperCase(Locale.ROOT));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return store.complaintOfSentMessage(message.inReplyTo()).map(complaints::get);
    }

    static Party partyOf(ComplaintView complaint, String fromAddress) {
        if (fromAddress == null) {
            return Party.OTHER;
        }
        if (complaint.resident() != null && fromAddress.equalsIgnoreCase(complaint.resident().email())) {
            return Party.RESIDENT;
        }
        if (complaint.representative() != null && fromAddress.equalsIgnoreCase(complaint.representative().email())) {
            return Party.REPRESENTATIVE;
        }
        return Party.OTHER;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

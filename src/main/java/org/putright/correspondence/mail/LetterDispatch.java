package org.putright.correspondence.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.putright.correspondence.DeliveryStatus;
import org.putright.correspondence.Letters;
import org.putright.correspondence.Recipient;
import org.putright.correspondence.RenderedLetter;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.correspondence.mail.CorrespondenceItem.Party;
import org.putright.correspondence.mail.CorrespondenceItem.Triage;
import org.putright.correspondence.mail.CorrespondenceStore.NewItem;
import org.putright.shared.web.Landlord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a stored letter by the channel the recipient asked for and appends the outcome to the letter's delivery
 * record. A failure is recorded (FAILED, with the reason) and never loses the letter: it can be sent again. Where a
 * channel is not set up at all (no mail server, no Notify key), the letter is marked ready to print, so the resident
 * still gets it by post; see docs/decisions/0010-mail-channels.md.
 */
@Component
class LetterDispatch {

    /** GOV.UK Notify's limit for one text message. */
    static final int SMS_MAX = 918;

    static final String EMAIL = "EMAIL";
    static final String SMS = "SMS";
    static final String POST = "POST";

    private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);

    record Outcome(String channel, DeliveryStatus status, String detail) {
    }

    private final ObjectProvider<Letters> letters;
    private final ObjectProvider<JavaMailSender> smtp;
    private final ObjectProvider<NotifyGateway> notify;
    private final CorrespondenceStore store;
    private final MailSettings settings;
    private final Landlord landlord;
    private final Clock clock;

    LetterDispatch(ObjectProvider<Letters> letters, ObjectProvider<JavaMailSender> smtp, ObjectProvider<NotifyGateway> notify,
            CorrespondenceStore store, MailSettings settings, Landlord landlord, Clock clock) {
        this.letters = letters;
        this.smtp = smtp;
        this.notify = notify;
        this.store = store;
        this.settings = settings;
        this.landlord = landlord;
        this.clock = clock;
    }

    Letters letters() {
        Letters available = letters.getIfAvailable();
        if (available == null) {
            throw new IllegalStateException("No letters store in this application");
        }
        return available;
    }

    /** Sends the letter now and records what happened; the outcome is also returned. */
    Outcome send(UUID letterId) {
        Letters store = letters();
        RenderedLetter letter = store.rendered(letterId);
        List<Outcome> outcomes = deliver(letter);
        for (Outcome outcome : outcomes) {
            store.recordDelivery(letterId, outcome.channel(), outcome.status(), outcome.detail());
        }
        return outcomes.getLast();
    }

    private List<Outcome> deliver(RenderedLetter letter) {
        Recipient recipient = letter.recipient();
        Recipient.PreferredChannel preferred = recipient.preferred() == null ? Recipient.PreferredChannel.POST : recipient.preferred();
        return switch (preferred) {
            case EMAIL -> List.of(email(letter));
            case SMS -> sms(letter);
            case POST -> List.of(print(letter, "the resident asked for post: print the PDF and send it"));
        };
    }

    private Outcome email(RenderedLetter letter) {
        String address = letter.recipient().email();
        if (blank(address)) {
            return print(letter, "not emailed: there is no email address for " + letter.recipient().name() + "; print the PDF and post it");
        }
        if (settings.emailByNotify()) {
            NotifyGateway gateway = notify.getIfAvailable();
            if (gateway == null) {
                return print(letter, "not emailed: GOV.UK Notify is chosen for email (PUTRIGHT_MAIL_TRANSPORT=notify) but not configured "
                        + "(PUTRIGHT_NOTIFY_API_KEY); print the PDF and post it, or send it again once configured");
            }
            try {
                String id = gateway.sendEmail(address, subject(letter), letter.text(), letter.reference());
                record(letter, Medium.EMAIL, address, "<notify-" + id + ">");
                return new Outcome(EMAIL, DeliveryStatus.SENT, "accepted by GOV.UK Notify (" + id + ")");
            }
            catch (NotifyGateway.NotifyException e) {
                return failed(letter, EMAIL, e.getMessage());
            }
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return print(letter, "not emailed: no mail server configured (PUTRIGHT_SMTP_HOST); print the PDF and post it, "
                    + "or send it again once a mail server is configured");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            // mixed: the alternative HTML and plain text, then the PDF as an attachment
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            String from = fromAddress();
            helper.setFrom(from, blank(landlord.name()) ? null : landlord.name());
            String replyTo = settings.replyAddress();
            if (!blank(replyTo)) {
                helper.setReplyTo(replyTo); // the monitored mailbox: replies come back to the case
            }
            helper.setTo(address);
            helper.setSubject(subject(letter));
            helper.setText(letter.text(), letter.html());
            helper.setSentDate(java.util.Date.from(clock.instant()));
            if (letter.pdf() != null && letter.pdf().length > 0) {
                helper.getRootMimeMultipart().addBodyPart(pdfPart(letter));
            }
            String messageId = "<letter-" + letter.letterId() + "." + clock.millis() + "@" + domainOf(from) + ">";
            mime.setHeader("Message-ID", messageId);
            sender.send(mime);
            record(letter, Medium.EMAIL, address, messageId);
            return new Outcome(EMAIL, DeliveryStatus.SENT, "accepted by the mail server for " + address);
        }
        catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
            return failed(letter, EMAIL, "the mail server did not accept it: " + rootMessage(e));
        }
    }

    private List<Outcome> sms(RenderedLetter letter) {
        String phone = letter.recipient().phone();
        if (blank(phone)) {
            return List.of(print(letter, "not texted: there is no phone number for " + letter.recipient().name() + "; print the PDF and post it"));
        }
        NotifyGateway gateway = notify.getIfAvailable();
        if (gateway == null) {
            return List.of(print(letter, "not texted: no GOV.UK Notify configured (PUTRIGHT_NOTIFY_API_KEY); print the PDF and post it, "
                    + "or send it again once Notify is configured"));
        }
        String whole = letter.subject() + "\n\n" + letter.text();
        boolean fits = whole.length() <= SMS_MAX;
        String tail = "\n\nThis is the start of our letter (" + letter.reference() + "); the full letter follows by post.";
        String text = fits ? whole : whole.substring(0, SMS_MAX - tail.length()).stripTrailing() + tail;
        try {
            String id = gateway.sendSms(phone, text, letter.reference());
            record(letter, Medium.SMS, phone, "<notify-" + id + ">");
            Outcome sent = new Outcome(SMS, DeliveryStatus.SENT, "accepted by GOV.UK Notify (" + id + ")");
            if (fits) {
                return List.of(sent);
            }
            // a response the Code requires in writing must reach the resident whole
            return List.of(sent, print(letter, "too long for a text message: the text gave the start; print the PDF and post it"));
        }
        catch (NotifyGateway.NotifyException e) {
            return List.of(failed(letter, SMS, e.getMessage()));
        }
    }

    private Outcome print(RenderedLetter letter, String detail) {
        if (!letter.needs().isEmpty()) {
            // the resident's agreed format (5.10): what staff must do to the printed letter before it goes
            detail = detail + ". Needs: " + String.join(", ", letter.needs());
        }
        log.info("Letter {} for {} is ready to print: {}", letter.letterId(), letter.reference(), detail);
        record(letter, Medium.LETTER, letter.recipient().postalAddress(), null);
        return new Outcome(POST, DeliveryStatus.READY_TO_PRINT, detail);
    }

    private Outcome failed(RenderedLetter letter, String channel, String detail) {
        log.warn("Letter {} for {} not sent by {}: {}", letter.letterId(), letter.reference(), channel, detail);
        return new Outcome(channel, DeliveryStatus.FAILED, detail);
    }

    /** The letter on the complaint's correspondence, as it went out. */
    private void record(RenderedLetter letter, Medium medium, String to, String messageId) {
        Instant now = clock.instant();
        store.insert(new NewItem(letter.complaintId(), Direction.OUT, Party.RESIDENT, medium, fromAddressOrNull(), to, subject(letter),
                letter.text(), now, now, "putright", Triage.LETTER, null, null, messageId, letter.letterId(), null), List.of());
    }

    /** Always base64: left to Jakarta Mail, a mostly-ASCII PDF may go as text and have its line endings rewritten. */
    private static jakarta.mail.internet.MimeBodyPart pdfPart(RenderedLetter letter) throws MessagingException {
        jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(letter.pdf(), "application/pdf")));
        part.setFileName(fileName(letter));
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** The reference in square brackets, so the reply's subject carries it back. */
    static String subject(RenderedLetter letter) {
        String tag = "[" + letter.reference() + "]";
        String subject = letter.subject() == null ? "" : letter.subject();
        return subject.contains(tag) ? subject : (tag + " " + subject).strip();
    }

    private static String fileName(RenderedLetter letter) {
        return letter.reference() + "-" + letter.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }

    private String fromAddress() throws MessagingException {
        String from = fromAddressOrNull();
        if (blank(from)) {
            throw new MessagingException("no sender address configured (PUTRIGHT_MAIL_FROM)");
        }
        return from;
    }

    private String fromAddressOrNull() {
        return !blank(settings.from()) ? settings.from() : blank(landlord.email()) ? null : landlord.email();
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "putright.local" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append("; ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

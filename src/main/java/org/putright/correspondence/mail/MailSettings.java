package org.putright.correspondence.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters leave and replies come back (README lists the environment variables): the SMTP server or GOV.UK Notify
 * for email, Notify for text messages, and the monitored IMAP mailbox residents reply to.
 */
@ConfigurationProperties("putright.mail")
record MailSettings(@DefaultValue("smtp") String transport, String from, String replyTo,
        @DefaultValue("10485760") long attachmentMaxBytes, @DefaultValue Smtp smtp, @DefaultValue Imap imap,
        @DefaultValue Notify govukNotify) {

    /** SMTP: sending is off (letters go to print) while no host is set. */
    record Smtp(String host, @DefaultValue("587") int port, String user, String password, @DefaultValue("true") boolean starttls) {

        boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /** The mailbox residents reply to; polling is off while no host is set. */
    record Imap(String host, @DefaultValue("993") int port, String user, String password, @DefaultValue("INBOX") String folder,
            @DefaultValue("true") boolean ssl, @DefaultValue("2m") Duration pollInterval) {

        boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /** GOV.UK Notify: a key and a template per channel whose body is {@code ((body))} (and subject {@code ((subject))}). */
    record Notify(String apiKey, String smsTemplateId, String emailTemplateId) {

        boolean configured() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    boolean emailByNotify() {
        return "notify".equalsIgnoreCase(transport);
    }

    /** Where replies should go: the monitored mailbox, so they come back to the case. */
    String replyAddress() {
        if (replyTo != null && !replyTo.isBlank()) {
            return replyTo;
        }
        return imap.user() != null && imap.user().contains("@") ? imap.user() : from;
    }
}

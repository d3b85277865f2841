package org.putright.correspondence.mail;

import org.putright.remedies.OutstandingActionOverdue;
import org.putright.shared.web.Landlord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the complaints team by email when a promised action goes overdue (6.6, 6.17), so a promise is chased rather
 * than found late. Owners are job titles, not addresses, so it goes to one team address (PUTRIGHT_ALERTS_EMAIL); the
 * alert itself is always on the promises page whether or not mail is set up.
 */
@Component
class OverdueAlertEmails {

    private static final Logger log = LoggerFactory.getLogger(OverdueAlertEmails.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Landlord landlord;
    private final String alertsTo;

    OverdueAlertEmails(ObjectProvider<JavaMailSender> smtp, MailSettings settings, Landlord landlord,
            @Value("${putright.mail.alerts-to:}") String alertsTo) {
        this.smtp = smtp;
        this.settings = settings;
        this.landlord = landlord;
        this.alertsTo = alertsTo;
    }

    @ApplicationModuleListener
    void on(OutstandingActionOverdue overdue) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null || alertsTo == null || alertsTo.isBlank()) {
            log.info("Overdue promise on {} not emailed: set PUTRIGHT_SMTP_HOST and PUTRIGHT_ALERTS_EMAIL to email the team",
                    overdue.reference());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(alertsTo);
        message.setFrom(settings.from() == null || settings.from().isBlank() ? landlord.email() : settings.from());
        message.setSubject("[" + overdue.reference() + "] Overdue promise: " + overdue.description());
        message.setText("""
                A promise made in the stage %d response on complaint %s is overdue.

                What was promised: %s
                Owner: %s
                Due: %s

                Record it as done, with evidence, on the case, or tell the resident what is happening (6.6, 6.17):
                %s/cases/%s

                Every open promise: %s/promises
                """.formatted(overdue.stage(), overdue.reference(), overdue.description(),
                overdue.owner() == null ? "not named" : overdue.owner(), overdue.dueOn(), landlord.publicUrl(), overdue.complaintId(),
                landlord.publicUrl()));
        // a failure throws, so the event publication stays incomplete and is retried
        sender.send(message);
    }
}

package org.putright.correspondence.mail;

import java.time.Clock;

import org.putright.calendar.LondonDates;
import org.putright.reporting.SatisfactionSurveyInvited;
import org.putright.residents.ContactPlan;
import org.putright.residents.ContactPlans;
import org.putright.shared.web.Landlord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the post-closure satisfaction survey's link to whoever our letters about the complaint go to (the resident, or
 * their representative under consent), when they have an email address and a mail server is set up. The link is a
 * secret: it is never logged.
 */
@Component
class SurveyInvitationEmails {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitationEmails.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Landlord landlord;
    private final ContactPlans plans;
    private final Clock clock;

    SurveyInvitationEmails(ObjectProvider<JavaMailSender> smtp, MailSettings settings, Landlord landlord, ContactPlans plans, Clock clock) {
        this.smtp = smtp;
        this.settings = settings;
        this.landlord = landlord;
        this.plans = plans;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SatisfactionSurveyInvited invited) {
        JavaMailSender sender = smtp.getIfAvailable();
        ContactPlan plan = plans.planFor(invited.complaintId(), LondonDates.dateOf(clock.instant()));
        ContactPlan.Addressee to = plan.addressees().stream().filter(a -> a.email() != null && !a.email().isBlank()).findFirst()
                .orElse(null);
        if (sender == null || to == null) {
            log.info("Satisfaction survey for {} not emailed: {}", invited.reference(),
                    sender == null ? "no mail server configured (PUTRIGHT_SMTP_HOST)" : "no email address for whoever receives our letters");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to.email());
        message.setFrom(settings.from() == null || settings.from().isBlank() ? landlord.email() : settings.from());
        message.setSubject("How did we handle your complaint? (" + invited.reference() + ")");
        message.setText("""
                Dear %s,

                Your complaint %s is now closed. Please tell us how satisfied you are with how we handled it: one question,
                and a comment if you want to add one. It takes a minute.

                %s

                Your answer helps us improve how we handle complaints. You do not have to answer.

                %s
                """.formatted(to.name(), invited.reference(), invited.link(), landlord.name()));
        // a failure throws, so the event publication stays incomplete and is retried
        sender.send(message);
        log.info("Satisfaction survey for {} emailed", invited.reference());
    }
}

package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.reporting.SatisfactionSurveyInvited;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** The post-closure satisfaction survey's link goes by email to whoever our letters about the complaint go to. */
class SurveyInvitationEmailsTest extends MailServers {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_survey_link_is_emailed_to_the_resident() throws Exception {
        String email = unique("survey") + "@example.org";
        String[] complaint = complaint(email);
        String link = "http://localhost:8080/survey/" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new SatisfactionSurveyInvited(UUID.fromString(complaint[0]), complaint[1], link)));

        MimeMessage sent = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains("How did we handle your complaint? (" + complaint[1] + ")")).findFirst().orElse(null),
                m -> m != null);
        assertThat(Arrays.toString(sent.getRecipients(Message.RecipientType.TO))).contains(email);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(sent).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains(link, complaint[1]);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        }
        catch (Exception e) {
            return "";
        }
    }
}

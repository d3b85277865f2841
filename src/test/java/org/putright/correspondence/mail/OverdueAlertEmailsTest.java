package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.remedies.OutstandingActionOverdue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** 6.6 / 6.17: when a promised action goes overdue, the complaints team is emailed as well as alerted on the page. */
class OverdueAlertEmailsTest extends MailServers {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_overdue_promise_emails_the_complaints_team_with_a_link_to_the_case() throws Exception {
        String description = "Replace the kitchen extractor " + UUID.randomUUID().toString().substring(0, 8);
        UUID complaintId = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new OutstandingActionOverdue(UUID.randomUUID(), complaintId,
                "CMP-2026-000042", 1, 0, description, LocalDate.of(2026, 3, 20), "Repairs Manager", LocalDate.of(2026, 3, 23))));

        MimeMessage sent = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains(description)).findFirst().orElse(null), m -> m != null);
        assertThat(subject(sent)).startsWith("[CMP-2026-000042] Overdue promise");
        assertThat(recipients(sent)).contains(TEAM);
        String body = greenMailBody(sent);
        assertThat(body).contains("Owner: Repairs Manager", "Due: 2026-03-20", "/cases/" + complaintId, "/promises");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        }
        catch (Exception e) {
            return "";
        }
    }

    private static String recipients(MimeMessage message) throws Exception {
        return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    }

    private static String greenMailBody(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }
}

package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import tools.jackson.databind.JsonNode;

/** Replies to the monitored mailbox are kept raw, filed by reference or queued for triage, and imported once. */
class MailboxIntakeTest extends MailServers {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Autowired
    MailboxPoller poller;

    @Autowired
    ApplicationContext context;

    private record File(String name, String type, byte[] bytes) {
    }

    private static MimeMessage email(String from, String subject, String text, File... files) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject);
        if (files.length == 0) {
            message.setText(text, "UTF-8");
        }
        else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            mixed.addBodyPart(body);
            for (File file : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.type())));
                part.setFileName(file.name());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static void deliver(MimeMessage message) throws Exception {
        greenMail.getUserManager().getUser(MAILBOX).deliver(message);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private JsonNode correspondence(String complaintId) {
        var response = api.as("mail.viewer").get("/api/v1/complaints/" + complaintId + "/correspondence");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private JsonNode intakeItem(String subject) {
        for (JsonNode item : api.as("mail.viewer").get("/api/v1/correspondence/intake").body()) {
            if (subject.equals(item.path("subject").asString(null))) {
                return item;
            }
        }
        return null;
    }

    private byte[] download(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user("mail.viewer").roles("GOVERNANCE_VIEWER"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return response.getContentAsByteArray();
    }

    @Test
    void a_reply_quoting_the_reference_is_filed_on_its_complaint_with_its_attachment_and_the_raw_message_kept() throws Exception {
        String resident = unique("reply") + "@residents.test";
        String[] complaint = complaint(resident);
        byte[] photo = randomBytes(30_000);
        deliver(email(resident, "Re: [" + complaint[1] + "] We have received your complaint",
                "Thank you. Here is a photo of the ceiling.", new File("ceiling.jpg", "image/jpeg", photo)));

        MailboxPoller.PollResult result = poller.poll();

        assertThat(result.matched()).isEqualTo(1);
        JsonNode items = correspondence(complaint[0]);
        JsonNode reply = null;
        for (JsonNode item : items) {
            if ("IN".equals(item.get("direction").asString())) {
                reply = item;
            }
        }
        assertThat(reply).as(items.toString()).isNotNull();
        assertThat(reply.get("party").asString()).isEqualTo("RESIDENT");
        assertThat(reply.get("triage").asString()).isEqualTo("MATCHED");
        assertThat(reply.get("body").asString()).contains("Here is a photo of the ceiling.");
        assertThat(reply.get("rawKept").asBoolean()).isTrue();
        JsonNode attachment = reply.get("attachments").get(0);
        assertThat(attachment.get("filename").asString()).isEqualTo("ceiling.jpg");
        assertThat(attachment.get("stored").asBoolean()).isTrue();
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(photo.length);
        assertThat(attachment.get("sha256").asString()).isEqualTo(MailFiles.sha256(photo));

        byte[] downloaded = download("/api/v1/correspondence/attachments/" + attachment.get("id").asString());
        assertThat(MailFiles.sha256(downloaded)).isEqualTo(MailFiles.sha256(photo));
        assertThat(Files.readAllBytes(Path.of("target/mail-test-data/mail/attachments/" + MailFiles.sha256(photo)))).isEqualTo(photo);

        byte[] raw = download("/api/v1/correspondence/" + reply.get("id").asString() + "/raw");
        Path rawFile = Path.of("target/mail-test-data/mail/raw/" + MailFiles.sha256(raw) + ".eml");
        assertThat(rawFile).exists();
        assertThat(new String(raw, StandardCharsets.US_ASCII)).contains("ceiling.jpg").contains(complaint[1]);

        // and the case page shows it
        String page = mvc.perform(get("/cases/" + complaint[0]).with(user("mail.viewer").roles("GOVERNANCE_VIEWER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Correspondence").contains("Re: [" + complaint[1] + "]").contains("Received");
    }

    @Test
    void an_email_without_a_reference_waits_in_intake_until_it_is_filed_under_a_complaint() throws Exception {
        String resident = unique("noref") + "@residents.test";
        String[] complaint = complaint(resident);
        String subject = unique("Damp in my bedroom");
        deliver(email(resident, subject, "The damp is back. I do not have my reference to hand."));

        assertThat(poller.poll().unmatched()).isEqualTo(1);

        JsonNode waiting = intakeItem(subject);
        assertThat(waiting).isNotNull();
        assertThat(waiting.get("complaintId").isNull()).isTrue();
        String id = waiting.get("id").asString();

        var unknown = api.as("mail.officer").post("/api/v1/correspondence/" + id + "/assignment", Map.of("reference", "CMP-1999-999999"));
        assertThat(unknown.status()).isEqualTo(422);
        var viewer = api.as("mail.viewer").post("/api/v1/correspondence/" + id + "/assignment", Map.of("reference", complaint[1]));
        assertThat(viewer.status()).isEqualTo(403);

        var filed = api.as("mail.officer").post("/api/v1/correspondence/" + id + "/assignment", Map.of("reference", complaint[1]));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.text("/complaintId")).isEqualTo(complaint[0]);
        assertThat(filed.body().get("assignments")).hasSize(1);
        assertThat(filed.text("/assignments/0/assignedBy")).isEqualTo("mail.officer");
        assertThat(filed.text("/triage")).as("how it came in is kept").isEqualTo("UNMATCHED");

        assertThat(intakeItem(subject)).isNull();
        assertThat(correspondence(complaint[0])).anySatisfy(item -> assertThat(item.get("subject").asString()).isEqualTo(subject));
    }

    @Test
    void the_intake_page_lists_unmatched_mail_and_files_it_by_reference_keeping_what_was_typed_on_error() throws Exception {
        String resident = unique("page") + "@residents.test";
        String[] complaint = complaint(resident);
        String subject = unique("Letter about my rent");
        deliver(email(resident, subject, "Please call me about this."));
        poller.poll();
        String id = intakeItem(subject).get("id").asString();

        String page = mvc.perform(get("/correspondence/intake").with(user("mail.officer").roles("COMPLAINTS_OFFICER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(subject).contains("Please call me about this.").contains("File under this complaint");

        MockHttpServletResponse wrong = mvc.perform(post("/correspondence/" + id + "/assignment").param("reference", "CMP-1999-000001")
                .with(user("mail.officer").roles("COMPLAINTS_OFFICER")).with(csrf())).andReturn().getResponse();
        String errorPage = wrong.getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorPage).contains("govuk-error-summary").contains("href=\"#reference-" + id + "\"")
                .contains("value=\"CMP-1999-000001\"");

        MockHttpServletResponse right = mvc.perform(post("/correspondence/" + id + "/assignment").param("reference", complaint[1].toLowerCase())
                .with(user("mail.officer").roles("COMPLAINTS_OFFICER")).with(csrf())).andReturn().getResponse();
        assertThat(right.getStatus()).isEqualTo(302);
        assertThat(right.getRedirectedUrl()).isEqualTo("/correspondence/intake");
        assertThat(intakeItem(subject)).isNull();

        MockHttpServletResponse viewer = mvc.perform(post("/correspondence/" + id + "/assignment").param("reference", complaint[1])
                .with(user("mail.viewer").roles("GOVERNANCE_VIEWER")).with(csrf())).andReturn().getResponse();
        assertThat(viewer.getStatus()).isEqualTo(403);
    }

    @Test
    void an_oversized_or_forbidden_attachment_is_refused_with_its_reason_and_the_raw_message_still_holds_it() throws Exception {
        String resident = unique("files") + "@residents.test";
        String[] complaint = complaint(resident);
        byte[] letter = "%PDF-1.4 the contractor's quote".getBytes(StandardCharsets.US_ASCII);
        deliver(email(resident, "[" + complaint[1] + "] files", "Three files attached.",
                new File("quote.pdf", "application/pdf", letter),
                new File("video.jpg", "image/jpeg", randomBytes(250_000)),
                new File("setup.exe", "application/x-msdownload", randomBytes(1_000))));

        assertThat(poller.poll().matched()).isEqualTo(1);

        JsonNode item = null;
        for (JsonNode candidate : correspondence(complaint[0])) {
            if ((("[" + complaint[1] + "] files")).equals(candidate.get("subject").asString())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        JsonNode files = item.get("attachments");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("stored").asBoolean()).isTrue();
        assertThat(files.get(1).get("stored").asBoolean()).isFalse();
        assertThat(files.get(1).get("rejectionReason").asString()).startsWith("larger than the limit");
        assertThat(files.get(1).get("sha256").asString()).hasSize(64);
        assertThat(files.get(2).get("stored").asBoolean()).isFalse();
        assertThat(files.get(2).get("rejectionReason").asString()).contains("application/x-msdownload").contains("not accepted");

        var refused = api.as("mail.viewer").get("/api/v1/correspondence/attachments/" + files.get(2).get("id").asString());
        assertThat(refused.status()).isEqualTo(404);
        String raw = new String(download("/api/v1/correspondence/" + item.get("id").asString() + "/raw"), StandardCharsets.US_ASCII);
        assertThat(raw).contains("setup.exe").contains("video.jpg");
    }

    @Test
    void a_message_that_cannot_be_parsed_is_kept_raw_and_listed_for_triage_with_its_error() throws Exception {
        String subject = unique("Broken message");
        String garbled = "From: someone@example.test\r\nTo: " + MAILBOX + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + subject
                + "@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
                + "This body has no parts at all, only text where the parts should be.\r\n";
        deliver(new MimeMessage(SESSION, new ByteArrayInputStream(garbled.getBytes(StandardCharsets.US_ASCII))));

        assertThat(poller.poll().unreadable()).isEqualTo(1);

        JsonNode item = intakeItem(subject);
        assertThat(item).isNotNull();
        assertThat(item.get("parseError").asString()).startsWith("Could not read the message:");
        assertThat(item.get("rawKept").asBoolean()).isTrue();
        String raw = new String(download("/api/v1/correspondence/" + item.get("id").asString() + "/raw"), StandardCharsets.US_ASCII);
        assertThat(raw).contains("This body has no parts at all");

        String page = mvc.perform(get("/correspondence/intake").with(user("mail.officer").roles("COMPLAINTS_OFFICER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(subject).contains("Could not be read");
    }

    @Test
    void polling_twice_imports_each_message_once_even_when_it_is_delivered_again() throws Exception {
        String resident = unique("twice") + "@residents.test";
        String[] complaint = complaint(resident);
        MimeMessage message = email(resident, "[" + complaint[1] + "] once only", "Just once.");
        deliver(message);

        assertThat(poller.poll().imported()).isEqualTo(1);
        assertThat(poller.poll().imported()).isZero();

        deliver(message); // the same message again (same Message-ID), as a mail loop or a forwarded copy would
        MailboxPoller.PollResult again = poller.poll();
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);

        long copies = 0;
        for (JsonNode item : correspondence(complaint[0])) {
            copies += "IN".equals(item.get("direction").asString()) ? 1 : 0;
        }
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void the_poll_is_a_recurring_scheduler_task_when_a_mailbox_is_configured() {
        assertThat(context.getBeansOfType(RecurringTask.class).values()).extracting(task -> task.getName())
                .contains(MailTasks.POLL_TASK);
    }
}

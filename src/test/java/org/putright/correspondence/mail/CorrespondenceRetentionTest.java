package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.complaints.Retention;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correspondence's share of the retention policy: mail filed under an anonymised complaint loses who it was from and
 * to, its words, the raw message and the attachments' names and files. (Its own data directory, and no scheduler in
 * this context, so no daily run can start while another test has moved the clock.)
 */
@WithDatabase
@TestPropertySource(properties = { "putright.data-dir=target/retention-mail-data", "putright.scheduler.enabled=false" })
class CorrespondenceRetentionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SettableClock clock;

    @Autowired
    MailImport mailImport;

    @Autowired
    MailFiles files;

    @Autowired
    Retention retention;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json).staff("mailret.officer", "COMPLAINTS_OFFICER");
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static byte[] raw(String from, String subject, String text, String filename, byte[] attachment) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("complaints@landlord.example"));
        message.setSubject(subject);
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        mixed.addBodyPart(body);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "text/plain")));
        file.setFileName(filename);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
        message.setContent(mixed);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void mail_filed_under_an_anonymised_complaint_loses_its_words_addresses_raw_message_and_attachments() throws Exception {
        String tag = "zm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        clock.set(LocalDate.of(2019, 12, 20).atTime(9, 0).atZone(LONDON).toInstant());
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("receivedAt", "2019-12-02T10:00:00Z");
        complaint.put("channel", "EMAIL");
        complaint.put("resident", Map.of("name", "Grace " + tag, "email", tag + "@example.org"));
        complaint.put("description", "The lift has been out for a month, " + tag);
        var created = api.as("mailret.officer").post("/api/v1/complaints", complaint);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        String reference = created.text("/reference");

        byte[] message = raw(tag + "@example.org", "Re: [" + reference + "] the lift", "Still no lift. I cannot get my pram down. " + tag,
                tag + "-photo.txt", ("Photo notes by " + tag).getBytes(StandardCharsets.UTF_8));
        assertThat(mailImport.importMessage(message)).isEqualTo(MailImport.Outcome.MATCHED);
        var refused = api.as("mailret.officer").post("/api/v1/complaints/" + id + "/refusal",
                Map.of("ground", "LEGAL_PROCEEDINGS", "reasons", "A claim about the lift was issued.", "decidedOn", "2019-12-05"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        List<String> paths = jdbc.sql("""
                select raw_path from correspondence where complaint_id = ? and raw_path is not null
                union all
                select a.stored_path from correspondence_attachment a join correspondence c on c.id = a.correspondence_id
                where c.complaint_id = ? and a.stored_path is not null""")
                .params(UUID.fromString(id), UUID.fromString(id)).query(String.class).list();
        assertThat(paths).hasSize(2);
        paths.forEach(path -> assertThat(files.resolve(path)).exists());
        waitForLetters(id);

        clock.set(LocalDate.of(2026, 1, 12).atTime(9, 0).atZone(LONDON).toInstant());
        Retention.Run run = retention.run();
        assertThat(run.anonymised()).extracting(a -> a.id().toString()).contains(id);

        paths.forEach(path -> assertThat(files.resolve(path)).doesNotExist());
        var items = api.as("mailret.officer").get("/api/v1/complaints/" + id + "/correspondence");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body().toString()).doesNotContain(tag);
        JsonNode mail = null;
        for (JsonNode item : items.body()) {
            if ("IN".equals(item.get("direction").asString())) {
                mail = item;
            }
        }
        assertThat(mail).isNotNull();
        assertThat(mail.get("from").isNull()).isTrue();
        assertThat(mail.get("body").asString()).isEqualTo("[removed under the retention policy]");
        assertThat(mail.get("rawKept").asBoolean()).isFalse();
        assertThat(mail.at("/attachments/0/stored").asBoolean()).isFalse();
        assertThat(mail.at("/attachments/0/filename").isNull()).isTrue();
        // what stays: that it came in, when, from whom as a kind of party, by email, and the file's size and checksum
        assertThat(mail.get("party").asString()).isEqualTo("RESIDENT");
        assertThat(mail.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(mail.at("/attachments/0/sizeBytes").asLong()).isPositive();
        assertThat(mail.at("/attachments/0/sha256").asString()).hasSize(64);

        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/correspondence/" + mail.get("id").asString())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("mailret.officer")
                        .roles("COMPLAINTS_OFFICER"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("removed under the retention policy").doesNotContain(tag);
    }

    private void waitForLetters(String id) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp) && jdbc.sql("""
                select count(*) from letter l where l.complaint_id = ?
                and not exists (select 1 from letter_delivery d where d.letter_id = l.id)""").param(UUID.fromString(id))
                .query(Integer.class).single() > 0) {
            Thread.sleep(100);
        }
    }
}

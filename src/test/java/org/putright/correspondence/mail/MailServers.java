package org.putright.correspondence.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.correspondence.LetterType;
import org.putright.correspondence.Recipient;
import org.putright.correspondence.RenderedLetter;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application wired to GreenMail (SMTP and IMAP on free ports, one server per test class), with an
 * in-memory letters store and a recording GOV.UK Notify. Test classes extending this share one application context.
 * The scheduler is off so a test runs the mailbox poll itself, when it chooses.
 */
@WithDatabase
@Import(MailServers.Beans.class)
abstract class MailServers {

    static final String MAILBOX = "complaints@putright.test";
    static final String MAILBOX_PASSWORD = "mailbox-secret";
    static final String FROM = "letters@putright.test";
    static final String TEAM = "complaints-team@putright.test";

    static final GreenMailSetup MAIL = new GreenMailSetup(MAILBOX, MAILBOX_PASSWORD);
    static final int SMTP_PORT = MAIL.smtpPort;
    static final int IMAP_PORT = MAIL.imapPort;

    @RegisterExtension
    static final GreenMailExtension greenMail = MAIL.extension();

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        MAIL.register(registry, FROM, "target/mail-test-data");
        registry.add("putright.mail.attachment-max-bytes", () -> 200_000);
        registry.add("putright.mail.alerts-to", () -> TEAM);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        @Primary
        InMemoryLetters inMemoryLetters() {
            return new InMemoryLetters();
        }

        @Bean
        @Primary
        RecordingNotify recordingNotify() {
            return new RecordingNotify();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    InMemoryLetters letters;

    @Autowired
    RecordingNotify notify;

    Api api;

    @BeforeEach
    void staff() {
        api = new Api(mvc, json).staff("mail.officer", "COMPLAINTS_OFFICER").staff("mail.viewer", "GOVERNANCE_VIEWER");
    }

    /** A complaint made through the API, for a real reference; returns {id, reference}. */
    String[] complaint(String residentEmail) {
        Map<String, Object> resident = new LinkedHashMap<>();
        resident.put("name", "Resident " + residentEmail.substring(0, residentEmail.indexOf('@')));
        resident.put("email", residentEmail);
        resident.put("tenancyReference", "T-" + Math.abs(residentEmail.hashCode() % 100000));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString());
        body.put("channel", "EMAIL");
        body.put("resident", resident);
        body.put("description", "The kitchen ceiling leaks whenever it rains and nobody has come to look.");
        Api.Response created = api.as("mail.officer").post("/api/v1/complaints", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a complaint: " + created);
        }
        return new String[] { created.text("/id"), created.text("/reference") };
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RenderedLetter letter(String[] complaint, Recipient recipient, String text) {
        byte[] pdf = ("%PDF-1.4\n% letter for " + complaint[1] + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return new RenderedLetter(UUID.randomUUID(), UUID.fromString(complaint[0]), complaint[1], LetterType.ACKNOWLEDGEMENT, 1,
                Instant.now(), recipient, "We have received your complaint",
                "<html><body><h1>We have received your complaint</h1><p>" + text + "</p></body></html>", text, pdf);
    }
}

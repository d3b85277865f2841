package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.putright.testsupport.Api;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole journey over real mail protocols, with the real letters: a complaint is acknowledged, the acknowledgement
 * letter is produced by that step and emailed over SMTP (GreenMail) with its PDF; the resident replies by email,
 * quoting nothing but the subject line; the mailbox is polled over IMAP and the reply, with its attachment, is filed on
 * the complaint by its reference and shown on the case page (5.12). Then the stage 1 response goes out the same way.
 */
@WithDatabase
class EmailJourneyTest {

    static final String MAILBOX = "complaints@journey.test";
    static final GreenMailSetup MAIL = new GreenMailSetup(MAILBOX, "journey-secret");
    static final int SMTP_PORT = MAIL.smtpPort;

    @RegisterExtension
    static final GreenMailExtension greenMail = MAIL.extension();

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        MAIL.register(registry, "letters@journey.test", "target/mail-journey-data");
        registry.add("putright.mail.reply-to", () -> MAILBOX);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MailboxPoller poller;

    Api api;

    @BeforeEach
    void staff() {
        api = new Api(mvc, json).staff("journey.officer", "COMPLAINTS_OFFICER");
    }

    @Test
    void a_letter_goes_out_by_email_and_the_residents_reply_comes_back_onto_the_case_by_its_reference() throws Exception {
        String resident = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@residents.test";
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("name", "Jo Journey");
        who.put("email", resident);
        who.put("postcode", "JR1 5ST");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString());
        body.put("channel", "EMAIL");
        body.put("resident", who);
        body.put("description", "The bathroom extractor fan has not worked for two months and mould is growing.");
        body.put("contactPreference", "Email please");
        var created = api.as("journey.officer").post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        String reference = created.text("/reference");

        // acknowledging makes the acknowledgement letter, which is emailed to the resident with its PDF
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Map<String, Object> definition = Map.of("summary", "The extractor fan is broken and mould is growing", "points",
                List.of("Extractor fan not repaired", "Mould in the bathroom"), "outcomesSought", List.of("A working fan"));
        var acknowledged = api.as("journey.officer").post("/api/v1/complaints/" + id + "/acknowledgement",
                Map.of("acknowledgedOn", today.toString(), "handler", "journey.officer", "definition", definition));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);

        MimeMessage sent = awaitEmailTo(resident, reference, 1);
        assertThat(sent.getSubject()).contains("[" + reference + "]");
        assertThat(((InternetAddress) sent.getReplyTo()[0]).getAddress()).isEqualTo(MAILBOX);
        List<Part> parts = new ArrayList<>();
        flatten(sent, parts);
        assertThat(types(parts)).contains("text/html", "text/plain", "application/pdf");
        Part pdfPart = pdf(parts);
        String pdfText;
        try (InputStream in = pdfPart.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(pdfText).contains(reference, "The extractor fan is broken and mould is growing", "Housing Ombudsman");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode letters = api.as("journey.officer").get("/api/v1/complaints/" + id + "/letters").body();
            assertThat(letters.get(0).get("type").asString()).isEqualTo("ACKNOWLEDGEMENT");
            assertThat(letters.get(0).get("deliveryStatus").asString()).isEqualTo("SENT");
        });

        // the resident replies from their own mail program, over SMTP, with a photo
        Session session = Session.getInstance(new Properties());
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(resident));
        reply.setRecipients(Message.RecipientType.TO, sent.getReplyTo());
        reply.setSubject("Re: " + sent.getSubject());
        reply.setHeader("In-Reply-To", sent.getMessageID());
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Thank you. The mould has spread to the ceiling now; a photo is attached.", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart photo = new MimeBodyPart();
        byte[] jpeg = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                (byte) 0xFF, (byte) 0xD9 };
        photo.setDataHandler(new DataHandler(new ByteArrayDataSource(jpeg, "image/jpeg")));
        photo.setFileName("ceiling.jpg");
        photo.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(photo);
        reply.setContent(mixed);
        reply.saveChanges();
        Transport transport = session.getTransport("smtp");
        transport.connect("127.0.0.1", SMTP_PORT, null, null);
        transport.sendMessage(reply, reply.getAllRecipients());
        transport.close();

        // the mailbox is read over IMAP and the reply is filed on the complaint by its reference
        assertThat(poller.poll().matched()).isGreaterThanOrEqualTo(1);
        JsonNode incoming = null;
        for (JsonNode item : api.as("journey.officer").get("/api/v1/complaints/" + id + "/correspondence").body()) {
            if ("IN".equals(item.get("direction").asString())) {
                incoming = item;
            }
        }
        assertThat(incoming).as("the reply on the complaint").isNotNull();
        assertThat(incoming.get("triage").asString()).isEqualTo("MATCHED");
        assertThat(incoming.get("from").asString()).contains(resident);
        assertThat(incoming.get("body").asString()).contains("The mould has spread to the ceiling");
        assertThat(incoming.get("party").asString()).isEqualTo("RESIDENT");
        assertThat(incoming.at("/attachments/0/filename").asString()).isEqualTo("ceiling.jpg");
        assertThat(incoming.at("/attachments/0/stored").asBoolean()).isTrue();
        assertThat(incoming.at("/attachments/0/sha256").asString()).isEqualTo(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(jpeg)));

        String casePage = mvc.perform(get("/cases/" + id).with(user("journey.officer").roles("COMPLAINTS_OFFICER"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(casePage).contains("Correspondence").contains("Re: ").contains("Letters").contains("Acknowledgement");

        // the stage 1 response goes out the same way, with every element of 6.9 in its PDF
        var responded = api.as("journey.officer").post("/api/v1/complaints/" + id + "/response", Map.of("respondedOn", today.toString(),
                "decision", "UPHELD", "reasons", "The fan should have been repaired within 20 days under our repairs policy.",
                "points", List.of(Map.of("point", "Extractor fan not repaired", "decision", "UPHELD", "reasons", "No job was raised"),
                        Map.of("point", "Mould in the bathroom", "decision", "UPHELD", "reasons", "The survey confirmed it")),
                "remedies", List.of(Map.of("type", "APOLOGY", "description", "We apologise for the delay.")),
                "outstandingActions", List.of(Map.of("description", "Fit a new extractor fan and treat the mould", "dueOn",
                        today.plusDays(14).toString(), "owner", "Repairs Manager"))));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
        MimeMessage response = awaitEmailTo(resident, reference, 2);
        List<Part> responseParts = new ArrayList<>();
        flatten(response, responseParts);
        Part responsePdf = pdf(responseParts);
        try (InputStream in = responsePdf.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("We apologise for the delay.",
                    "Fit a new extractor fan and treat the mould", "Repairs Manager", "stage 2");
        }
    }

    /** Waits for the n-th email to the resident about this complaint and returns it. */
    private static MimeMessage awaitEmailTo(String resident, String reference, int n) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && to.length > 0 && ((InternetAddress) to[0]).getAddress().equals(resident)
                        && message.getSubject() != null && message.getSubject().contains(reference)) {
                    found.add(message);
                }
            }
            return found.size() >= n;
        });
        return found.get(n - 1);
    }

    private static List<String> types(List<Part> parts) throws Exception {
        List<String> types = new ArrayList<>();
        for (Part part : parts) {
            types.add(part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT));
        }
        return types;
    }

    private static Part pdf(List<Part> parts) throws Exception {
        for (Part part : parts) {
            if (part.isMimeType("application/pdf")) {
                return part;
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static void flatten(Part part, List<Part> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                flatten(child, into);
            }
        }
        else {
            into.add(part);
        }
    }
}

package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.correspondence.DeliveryStatus;
import org.putright.correspondence.LetterIssued;
import org.putright.correspondence.Recipient;
import org.putright.correspondence.Recipient.PreferredChannel;
import org.putright.correspondence.RenderedLetter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/** Letters leave by the channel the resident asked for, and every outcome is recorded on the letter. */
class LetterChannelsTest extends MailServers {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private void issue(RenderedLetter letter) {
        letters.put(letter);
        // as the letters module does: published inside the transaction that stored the letter
        transactions.executeWithoutResult(status -> events.publishEvent(new LetterIssued(letter.letterId(), letter.complaintId(),
                letter.reference(), letter.type(), letter.stage())));
    }

    private InMemoryLetters.Delivery awaitOutcome(UUID letterId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> letters.latest(letterId).status() != DeliveryStatus.PENDING);
        return letters.latest(letterId);
    }

    private static List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void an_email_letter_arrives_with_the_reference_in_the_subject_html_and_text_and_the_pdf_and_is_recorded_sent() throws Exception {
        String email = unique("ada") + "@residents.test";
        String[] complaint = complaint(email);
        RenderedLetter letter = letter(complaint, new Recipient("Ada Lovelace", email, null, "1 Engine Street", PreferredChannel.EMAIL),
                "We will reply by 20 March 2026.");

        issue(letter);

        InMemoryLetters.Delivery outcome = awaitOutcome(letter.letterId());
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outcome.channel()).isEqualTo("EMAIL");
        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("[" + complaint[1] + "] We have received your complaint");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo(FROM);
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo(MAILBOX);

        List<Part> leaves = new ArrayList<>();
        collect(message, leaves);
        assertThat(leaves).anySatisfy(p -> {
            assertThat(p.isMimeType("text/plain")).isTrue();
            assertThat((String) p.getContent()).contains("We will reply by 20 March 2026.");
        });
        assertThat(leaves).anySatisfy(p -> {
            assertThat(p.isMimeType("text/html")).isTrue();
            assertThat((String) p.getContent()).contains("<h1>We have received your complaint</h1>");
        });
        assertThat(leaves).anySatisfy(p -> {
            assertThat(p.isMimeType("application/pdf")).isTrue();
            assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(p.getDisposition());
            assertThat(p.getFileName()).isEqualTo(complaint[1] + "-acknowledgement.pdf");
            assertThat(bytes(p)).isEqualTo(letter.pdf());
        });
        assertThat(alternativeOf(message)).as("HTML and text offered as alternatives").isTrue();

        // and the letter is on the complaint's correspondence, going out
        JsonNode items = api.as("mail.viewer").get("/api/v1/complaints/" + complaint[0] + "/correspondence").body();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("direction").asString()).isEqualTo("OUT");
            assertThat(item.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(item.get("letterId").asString()).isEqualTo(letter.letterId().toString());
            assertThat(item.get("messageId").asString()).isEqualTo(message.getMessageID());
        });
    }

    @Test
    void when_the_mail_server_is_down_the_letter_is_recorded_failed_and_can_be_sent_again() throws Exception {
        String email = unique("grace") + "@residents.test";
        String[] complaint = complaint(email);
        RenderedLetter letter = letter(complaint, new Recipient("Grace Hopper", email, null, null, PreferredChannel.EMAIL), "Letter text.");

        greenMail.stop();
        try {
            issue(letter);
            InMemoryLetters.Delivery failed = awaitOutcome(letter.letterId());
            assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(failed.channel()).isEqualTo("EMAIL");
            assertThat(failed.detail()).startsWith("the mail server did not accept it:").contains("127.0.0.1");
        }
        finally {
            greenMail.start();
        }
        assertThat(receivedBy(email)).isEmpty();

        var forbidden = api.as("mail.viewer").post("/api/v1/letters/" + letter.letterId() + "/send", null);
        assertThat(forbidden.status()).isEqualTo(403);

        var resent = api.as("mail.officer").post("/api/v1/letters/" + letter.letterId() + "/send", null);
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.text("/status")).isEqualTo("SENT");
        assertThat(letters.deliveries(letter.letterId())).extracting(InMemoryLetters.Delivery::status)
                .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.SENT);
        assertThat(receivedBy(email)).hasSize(1);
    }

    @Test
    void a_text_message_letter_goes_through_gov_uk_notify() {
        String email = unique("mary") + "@residents.test";
        String[] complaint = complaint(email);
        String phone = "07700 900" + (100 + (int) (Math.random() * 800));
        RenderedLetter letter = letter(complaint, new Recipient("Mary Somerville", email, phone, null, PreferredChannel.SMS),
                "We have your complaint and will reply by 20 March 2026.");

        issue(letter);

        InMemoryLetters.Delivery outcome = awaitOutcome(letter.letterId());
        assertThat(outcome.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outcome.channel()).isEqualTo("SMS");
        List<RecordingNotify.Sent> sent = notify.to(phone);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("sms");
            assertThat(s.reference()).isEqualTo(complaint[1]);
            assertThat(s.body()).contains("We have your complaint and will reply by 20 March 2026.");
            assertThat(outcome.detail()).contains(s.id());
        });
    }

    @Test
    void a_letter_too_long_for_one_text_is_texted_in_part_and_also_marked_ready_to_print() {
        String email = unique("ada2") + "@residents.test";
        String[] complaint = complaint(email);
        String phone = "07700 901" + (100 + (int) (Math.random() * 800));
        RenderedLetter letter = letter(complaint, new Recipient("Ada Byron", email, phone, "2 Engine Street", PreferredChannel.SMS),
                "A long response. ".repeat(100));

        issue(letter);

        await().atMost(Duration.ofSeconds(20)).until(() -> letters.latest(letter.letterId()).status() == DeliveryStatus.READY_TO_PRINT);
        assertThat(letters.deliveries(letter.letterId())).extracting(InMemoryLetters.Delivery::status)
                .containsExactly(DeliveryStatus.PENDING, DeliveryStatus.SENT, DeliveryStatus.READY_TO_PRINT);
        assertThat(notify.to(phone)).singleElement().satisfies(s -> {
            assertThat(s.body()).hasSizeLessThanOrEqualTo(LetterDispatch.SMS_MAX).endsWith("the full letter follows by post.");
        });
    }

    @Test
    void notify_refusing_a_text_is_recorded_failed_with_its_reason() {
        String email = unique("emmy") + "@residents.test";
        String[] complaint = complaint(email);
        RenderedLetter letter = letter(complaint, new Recipient("Emmy Noether", email, "07700 900999", null, PreferredChannel.SMS), "Text.");
        notify.refuseWith = "GOV.UK Notify refused the text message (HTTP 400): phone_number Not a UK mobile number";
        try {
            issue(letter);
            InMemoryLetters.Delivery outcome = awaitOutcome(letter.letterId());
            assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(outcome.detail()).contains("Not a UK mobile number");
        }
        finally {
            notify.refuseWith = null;
        }
    }

    @Test
    void a_resident_who_asked_for_post_gets_a_letter_ready_to_print() throws Exception {
        String email = unique("ida") + "@residents.test";
        String[] complaint = complaint(email);
        RenderedLetter letter = letter(complaint, new Recipient("Ida Wells", email, null, "3 Press Lane", PreferredChannel.POST), "Text.");

        issue(letter);

        InMemoryLetters.Delivery outcome = awaitOutcome(letter.letterId());
        assertThat(outcome.status()).isEqualTo(DeliveryStatus.READY_TO_PRINT);
        assertThat(outcome.channel()).isEqualTo("POST");
        assertThat(receivedBy(email)).isEmpty();
    }

    @Test
    void sending_an_unknown_letter_is_not_found() {
        assertThat(api.as("mail.officer").post("/api/v1/letters/" + UUID.randomUUID() + "/send", null).status()).isEqualTo(404);
    }

    private static void collect(Part part, List<Part> leaves) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), leaves);
            }
        }
        else {
            leaves.add(part);
        }
    }

    private static boolean alternativeOf(Part part) throws Exception {
        if (part.isMimeType("multipart/alternative")) {
            Multipart multipart = (Multipart) part.getContent();
            boolean text = false, html = false;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text |= child.isMimeType("text/plain");
                html |= child.isMimeType("text/html");
            }
            return text && html;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (alternativeOf(multipart.getBodyPart(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}

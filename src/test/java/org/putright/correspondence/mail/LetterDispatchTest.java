package org.putright.correspondence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.putright.correspondence.DeliveryStatus;
import org.putright.correspondence.LetterType;
import org.putright.correspondence.Letters;
import org.putright.correspondence.Recipient;
import org.putright.correspondence.Recipient.PreferredChannel;
import org.putright.correspondence.RenderedLetter;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.shared.web.Landlord;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** What happens to a letter where a channel is not set up: the zero set-up default sends nothing and loses nothing. */
class LetterDispatchTest {

    private final InMemoryLetters letters = new InMemoryLetters();
    private final List<CorrespondenceStore.NewItem> recorded = new ArrayList<>();
    private final CorrespondenceStore store = new CorrespondenceStore(null) {
        @Override
        UUID insert(NewItem item, List<NewAttachment> attachments) {
            recorded.add(item);
            return UUID.randomUUID();
        }
    };

    private LetterDispatch dispatch(String transport, NotifyGateway notify) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("letters", letters);
        if (notify != null) {
            beans.addBean("notify", notify);
        }
        MailSettings settings = new MailSettings(transport, "letters@landlord.test", null, 10_485_760,
                new MailSettings.Smtp(null, 587, null, null, true),
                new MailSettings.Imap(null, 993, null, null, "INBOX", true, Duration.ofMinutes(2)),
                new MailSettings.Notify(notify == null ? null : "key", "sms-template", "email-template"));
        return new LetterDispatch(beans.getBeanProvider(Letters.class), beans.getBeanProvider(JavaMailSender.class),
                beans.getBeanProvider(NotifyGateway.class), store, settings,
                new Landlord("Riverside Homes", null, null, null, null, null, null, null, null),
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
    }

    private RenderedLetter letter(Recipient recipient, String subject) {
        RenderedLetter letter = new RenderedLetter(UUID.randomUUID(), UUID.randomUUID(), "CMP-2026-000042", LetterType.STAGE_1_RESPONSE, 1,
                Instant.parse("2026-03-02T09:00:00Z"), recipient, subject, "<p>Our response</p>", "Our response", new byte[] { 1, 2, 3 });
        letters.put(letter);
        return letter;
    }

    @Test
    void with_no_mail_server_an_email_letter_is_marked_ready_to_print_saying_why() {
        RenderedLetter letter = letter(new Recipient("Ada", "ada@example.test", null, "1 Engine St", PreferredChannel.EMAIL), "Our response");

        LetterDispatch.Outcome outcome = dispatch("smtp", null).send(letter.letterId());

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.READY_TO_PRINT);
        assertThat(outcome.detail()).contains("no mail server configured (PUTRIGHT_SMTP_HOST)");
        assertThat(letters.latest(letter.letterId())).isEqualTo(new InMemoryLetters.Delivery("POST", DeliveryStatus.READY_TO_PRINT,
                outcome.detail()));
        assertThat(recorded).singleElement().satisfies(item -> {
            assertThat(item.direction()).isEqualTo(Direction.OUT);
            assertThat(item.channel()).isEqualTo(Medium.LETTER);
            assertThat(item.to()).isEqualTo("1 Engine St");
        });
    }

    @Test
    void with_no_gov_uk_notify_a_text_message_letter_is_marked_ready_to_print() {
        RenderedLetter letter = letter(new Recipient("Ada", null, "07700 900123", "1 Engine St", PreferredChannel.SMS), "Our response");

        LetterDispatch.Outcome outcome = dispatch("smtp", null).send(letter.letterId());

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.READY_TO_PRINT);
        assertThat(outcome.detail()).contains("PUTRIGHT_NOTIFY_API_KEY");
    }

    @Test
    void a_recipient_who_prefers_email_but_gave_no_address_gets_post() {
        RenderedLetter letter = letter(new Recipient("Ada", " ", null, "1 Engine St", PreferredChannel.EMAIL), "Our response");

        LetterDispatch.Outcome outcome = dispatch("smtp", new RecordingNotify()).send(letter.letterId());

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.READY_TO_PRINT);
        assertThat(outcome.detail()).contains("no email address for Ada");
    }

    @Test
    void email_can_go_by_gov_uk_notify_with_the_reference_in_the_subject() {
        RecordingNotify notify = new RecordingNotify();
        RenderedLetter letter = letter(new Recipient("Ada", "ada@example.test", null, null, PreferredChannel.EMAIL), "Our response");

        LetterDispatch.Outcome outcome = dispatch("notify", notify).send(letter.letterId());

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outcome.channel()).isEqualTo("EMAIL");
        assertThat(notify.sent).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo("email");
            assertThat(sent.subject()).isEqualTo("[CMP-2026-000042] Our response");
            assertThat(sent.body()).isEqualTo("Our response");
        });
    }

    @Test
    void notify_chosen_for_email_but_not_configured_is_said_plainly() {
        RenderedLetter letter = letter(new Recipient("Ada", "ada@example.test", null, null, PreferredChannel.EMAIL), "Our response");

        LetterDispatch.Outcome outcome = dispatch("notify", null).send(letter.letterId());

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.READY_TO_PRINT);
        assertThat(outcome.detail()).contains("PUTRIGHT_MAIL_TRANSPORT=notify").contains("PUTRIGHT_NOTIFY_API_KEY");
    }

    @Test
    void a_subject_already_carrying_the_reference_is_not_tagged_twice() {
        RenderedLetter tagged = letter(new Recipient("Ada", null, null, null, PreferredChannel.POST), "[CMP-2026-000042] Our response");
        RenderedLetter plain = letter(new Recipient("Ada", null, null, null, PreferredChannel.POST), "Our response");

        assertThat(LetterDispatch.subject(tagged)).isEqualTo("[CMP-2026-000042] Our response");
        assertThat(LetterDispatch.subject(plain)).isEqualTo("[CMP-2026-000042] Our response");
    }
}

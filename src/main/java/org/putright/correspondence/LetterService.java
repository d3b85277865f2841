package org.putright.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.Representative;
import org.putright.complaints.Resident;
import org.putright.correspondence.Recipient.PreferredChannel;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the Code's letters from the complaint's own events, in the same transaction (so the letter exists as soon
 * as the step is recorded), stores them frozen (what was sent is kept exactly, 5.12) and announces each with
 * {@link LetterIssued} for the channels that send it.
 */
@Service
class LetterService implements Letters, LetterArchive {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LetterWriter writer;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    LetterService(LetterWriter writer, LetterTemplates templates, LetterRenderer renderer, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher publisher) {
        this.writer = writer;
        this.templates = templates;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publisher = publisher;
    }

    // ------------------------------------------------------------------ producing letters

    /**
     * Every complaint event passes here, in the transaction that records it; the writer decides which make a letter
     * (acknowledgement, extension, refusals, responses, action updates) and returns null for the rest.
     */
    @EventListener
    void on(ComplaintEvent event) {
        LetterWriter.Draft draft = writer.write(event);
        if (draft != null) {
            store(draft);
        }
    }

    /** Stores the letter as it will be sent, then tells the channels. */
    UUID store(LetterWriter.Draft draft) {
        ComplaintView c = draft.complaint();
        LetterWording wording = templates.current(draft.type());
        Instant now = clock.instant();
        LetterDocument letter = new LetterDocument(draft.type(), draft.subject(), c.reference(), LocalDate.ofInstant(now, LONDON),
                recipient(c), wording.opening(), draft.sections(), wording.closing(), wording.signOff(), wording.version());
        String html = renderer.html(letter);
        String text = renderer.text(letter);
        UUID id = UUID.randomUUID();
        Recipient to = letter.recipient();
        jdbc.sql("""
                insert into letter (id, complaint_id, reference, letter_type, stage, created_at, recipient_name, recipient_email,
                    recipient_phone, recipient_postal, preferred_channel, subject, html, text_body, template_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.id(), c.reference(), draft.type().name(), draft.stage(), now.atOffset(ZoneOffset.UTC), to.name(),
                        to.email(), to.phone(), to.postalAddress(), to.preferred().name(), letter.subject(), html, text,
                        wording.version())
                .update();
        publisher.publishEvent(new LetterIssued(id, c.id(), c.reference(), draft.type(), draft.stage()));
        return id;
    }

    /**
     * Letters go to the representative when the resident has consented to them acting (3.6), otherwise to the
     * resident; by the channel they asked for when they said, else email when we have an address, else post.
     */
    static Recipient recipient(ComplaintView c) {
        Representative rep = c.representative();
        Resident resident = c.resident();
        String preference = c.residentStatement() == null ? null : c.residentStatement().contactPreference();
        if (rep != null && rep.consentGiven() && (blank(rep.email()) == false || blank(rep.phone()) == false)) {
            return new Recipient(rep.name(), rep.email(), rep.phone(), null, preferred(preference, rep.email(), rep.phone()));
        }
        return new Recipient(resident.name(), resident.email(), resident.phone(),
                blank(resident.postcode()) ? null : resident.postcode(), preferred(preference, resident.email(), resident.phone()));
    }

    private static PreferredChannel preferred(String preference, String email, String phone) {
        String said = preference == null ? "" : preference.toLowerCase(Locale.ROOT);
        if (said.contains("post") || said.contains("letter")) {
            return PreferredChannel.POST;
        }
        if ((said.contains("text") || said.contains("sms")) && !blank(phone)) {
            return PreferredChannel.SMS;
        }
        return blank(email) ? PreferredChannel.POST : PreferredChannel.EMAIL;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // ------------------------------------------------------------------ Letters (for channels)

    @Override
    @Transactional(readOnly = true)
    public RenderedLetter rendered(UUID letterId) {
        Stored letter = find(letterId).orElseThrow(() -> new NotFoundException("No letter " + letterId));
        return new RenderedLetter(letter.id(), letter.complaintId(), letter.reference(), letter.type(), letter.stage(),
                letter.createdAt(), letter.recipient(), letter.subject(), letter.html(), letter.text(),
                renderer.pdf(letter.html(), false));
    }

    @Override
    @Transactional
    public void recordDelivery(UUID letterId, String channel, DeliveryStatus status, String detail) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidRequestException("channel", channel, "Name the channel that carried the letter");
        }
        if (status == null) {
            throw new InvalidRequestException("status", null, "Give the delivery status");
        }
        if (find(letterId).isEmpty()) {
            throw new NotFoundException("No letter " + letterId);
        }
        String trimmed = detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail;
        jdbc.sql("insert into letter_delivery (letter_id, channel, status, detail, recorded_at) values (?, ?, ?, ?, ?)")
                .params(letterId, channel.length() > 40 ? channel.substring(0, 40) : channel, status.name(), trimmed,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    // ------------------------------------------------------------------ LetterArchive (for the resident's pages)

    @Override
    public List<SentLetter> lettersFor(UUID complaintId) {
        return forComplaint(complaintId).stream()
                .map(l -> new SentLetter(l.id(), l.type(), l.stage(), l.createdAt(), l.subject()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID complaintId, UUID letterId, boolean largePrint) {
        return find(letterId).filter(letter -> letter.complaintId().equals(complaintId))
                .map(letter -> renderer.pdf(letter.html(), largePrint));
    }

    // ------------------------------------------------------------------ reading

    /** A stored letter with its frozen content. */
    record Stored(UUID id, UUID complaintId, String reference, LetterType type, int stage, Instant createdAt, Recipient recipient,
            String subject, String html, String text, int templateVersion) {
    }

    /** A letter in a complaint's list, with its latest delivery status (PENDING until a channel records one). */
    record Summary(UUID id, LetterType type, int stage, Instant createdAt, String subject, DeliveryStatus deliveryStatus) {
    }

    /** One entry of a letter's delivery record. */
    record Delivery(String channel, DeliveryStatus status, String detail, Instant at) {
    }

    @Transactional(readOnly = true)
    Optional<Stored> find(UUID letterId) {
        return jdbc.sql("""
                select id, complaint_id, reference, letter_type, stage, created_at, recipient_name, recipient_email, recipient_phone,
                    recipient_postal, preferred_channel, subject, html, text_body, template_version
                from letter where id = ?""")
                .param(letterId)
                .query(LetterService::stored)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Summary> forComplaint(UUID complaintId) {
        return jdbc.sql("""
                select l.id, l.letter_type, l.stage, l.created_at, l.subject,
                    (select d.status from letter_delivery d where d.letter_id = l.id order by d.id desc fetch first 1 rows only)
                from letter l where l.complaint_id = ? order by l.issue_order""")
                .param(complaintId)
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), LetterType.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                        rs.getString(6) == null ? DeliveryStatus.PENDING : DeliveryStatus.valueOf(rs.getString(6))))
                .list();
    }

    @Transactional(readOnly = true)
    List<Delivery> deliveries(UUID letterId) {
        return jdbc.sql("select channel, status, detail, recorded_at from letter_delivery where letter_id = ? order by id")
                .param(letterId)
                .query((rs, n) -> new Delivery(rs.getString(1), DeliveryStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), LetterType.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                new Recipient(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        PreferredChannel.valueOf(rs.getString(11))),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getInt(15));
    }
}

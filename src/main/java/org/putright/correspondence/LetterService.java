package org.putright.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.correspondence.LetterDocument.Paragraph;
import org.putright.correspondence.LetterDocument.Section;
import org.putright.correspondence.Recipient.PreferredChannel;
import org.putright.residents.ConsentRequested;
import org.putright.residents.ContactPlan;
import org.putright.residents.ContactPlans;
import org.putright.residents.ContactRestrictionImposed;
import org.putright.residents.ResidentDossier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(LetterService.class);

    private final LetterWriter writer;
    private final LetterTemplates templates;
    private final LetterRenderer renderer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ContactPlans plans;
    private final ResidentDossier dossier;
    private final ComplaintService complaints;

    LetterService(LetterWriter writer, LetterTemplates templates, LetterRenderer renderer, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher publisher, ContactPlans plans, ResidentDossier dossier, ComplaintService complaints) {
        this.writer = writer;
        this.templates = templates;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publisher = publisher;
        this.plans = plans;
        this.dossier = dossier;
        this.complaints = complaints;
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

    /** 1.3: a third party acted without consent; the resident (only) is asked, in the complaint's transaction. */
    @EventListener
    void on(ConsentRequested requested) {
        ContactPlan plan = plans.planFor(requested.complaintId(), today());
        ContactPlan residentOnly = new ContactPlan(plan.complaintId(), plan.residentId(), plan.on(),
                plan.addressees().stream().filter(a -> a.role() == ContactPlan.Role.RESIDENT).toList());
        if (residentOnly.addressees().isEmpty()) {
            residentOnly = new ContactPlan(plan.complaintId(), plan.residentId(), plan.on(),
                    plans.planForResident(requested.residentId(), today()).addressees());
        }
        store(writer.consentRequest(requested, residentOnly));
    }

    /**
     * 5.14: the resident is told in writing about a contact restriction. The letter is filed on the resident's latest
     * complaint (letters belong to a complaint's record); a resident with no complaint on record gets none from here.
     */
    @EventListener
    void on(ContactRestrictionImposed imposed) {
        List<ResidentDossier.LinkedComplaint> theirs = dossier.complaints(imposed.residentId());
        if (theirs.isEmpty()) {
            log.warn("Contact restriction {} for resident {}: no complaint on record to file the notice on; write to them outside PutRight",
                    imposed.restrictionId(), imposed.residentId());
            return;
        }
        ComplaintView latest = complaints.get(theirs.getLast().complaintId());
        store(writer.restrictionNotice(imposed, latest, plans.planForResident(imposed.residentId(), today())));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    /**
     * Stores the letter as it will be sent, once for each person the contact plan names (the representative the
     * resident consented to, the resident, or both: 3.6), in the resident's agreed format, then tells the channels.
     */
    List<UUID> store(LetterWriter.Draft draft) {
        ComplaintView c = draft.complaint();
        LetterWording wording = templates.current(draft.type());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        ContactPlan plan = draft.plan() != null ? draft.plan() : plans.planFor(c.id(), today);
        List<UUID> ids = new ArrayList<>();
        for (ContactPlan.Addressee addressee : plan.addressees()) {
            ids.add(storeFor(draft, wording, now, today, plan, addressee));
        }
        return ids;
    }

    private UUID storeFor(LetterWriter.Draft draft, LetterWording wording, Instant now, LocalDate today, ContactPlan plan,
            ContactPlan.Addressee addressee) {
        ComplaintView c = draft.complaint();
        Recipient to = recipient(addressee);
        List<Section> sections = new ArrayList<>();
        String residentName = plan.resident() != null ? plan.resident().name() : c.resident().name();
        if (addressee.role() == ContactPlan.Role.REPRESENTATIVE) {
            sections.add(new Section("acting-for", "Who this letter is about", new Paragraph("We are writing to you because "
                    + residentName + " has agreed that you can act for them about this complaint. Where this letter says \"you\" "
                    + "about the complaint, it means " + residentName + ".")));
        }
        sections.addAll(draft.sections());
        plan.addressees().stream().filter(other -> other != addressee).findFirst().ifPresent(other -> sections.add(new Section("copy",
                "Who else has this letter", new Paragraph("We have sent a copy of this letter to " + other.name() + "."))));
        LetterDocument letter = new LetterDocument(draft.type(), draft.subject(), c.reference(), today, to, wording.opening(), sections,
                wording.closing(), wording.signOff(), wording.version());
        String html = renderer.html(letter);
        String text = renderer.text(letter);
        UUID id = UUID.randomUUID();
        // large print is produced (the PDF for email and post); the other formats are for staff to act on before it goes
        List<String> needs = addressee.formats().stream().filter(f -> !f.kind().equals("LARGE_PRINT")).map(ContactPlan.FormatNeed::label)
                .toList();
        jdbc.sql("""
                insert into letter (id, complaint_id, reference, letter_type, stage, created_at, recipient_name, recipient_email,
                    recipient_phone, recipient_postal, preferred_channel, subject, html, text_body, template_version, large_print,
                    formats, recipient_role, contact_notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.id(), c.reference(), draft.type().name(), draft.stage(), now.atOffset(ZoneOffset.UTC), to.name(),
                        to.email(), to.phone(), to.postalAddress(), to.preferred().name(), letter.subject(), html, text,
                        wording.version(), addressee.largePrint(), needs.isEmpty() ? null : clip(String.join("; ", needs), 2000),
                        addressee.role().name(), addressee.notes().isEmpty() ? null : clip(String.join("\n", addressee.notes()), 2000))
                .update();
        publisher.publishEvent(new LetterIssued(id, c.id(), c.reference(), draft.type(), draft.stage()));
        return id;
    }

    /** The addressee as the letter and its channel need them: the full postal address line by line, and the agreed method. */
    static Recipient recipient(ContactPlan.Addressee addressee) {
        List<String> lines = new ArrayList<>();
        if (addressee.organisation() != null && !addressee.organisation().isBlank()) {
            lines.add(addressee.organisation().strip());
        }
        lines.addAll(addressee.postalAddress());
        PreferredChannel channel = switch (addressee.method()) {
            case EMAIL -> PreferredChannel.EMAIL;
            case SMS -> PreferredChannel.SMS;
            case POST -> PreferredChannel.POST;
        };
        return new Recipient(addressee.name(), addressee.email(), addressee.phone(), lines.isEmpty() ? null : String.join("\n", lines),
                channel);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    // ------------------------------------------------------------------ Letters (for channels)

    @Override
    @Transactional(readOnly = true)
    public RenderedLetter rendered(UUID letterId) {
        Stored letter = find(letterId).orElseThrow(() -> new NotFoundException("No letter " + letterId));
        // the letter goes as produced for the resident: the large-print PDF when that is their agreed format
        return new RenderedLetter(letter.id(), letter.complaintId(), letter.reference(), letter.type(), letter.stage(),
                letter.createdAt(), letter.recipient(), letter.subject(), letter.html(), letter.text(),
                renderer.pdf(letter.html(), letter.largePrint()), letter.needs());
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
    public List<LetterText> texts(java.util.Collection<UUID> complaintIds, java.util.Collection<LetterType> types) {
        if (complaintIds.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select complaint_id, letter_type, stage, created_at, text_body from letter
                where complaint_id in (:ids) and letter_type in (:types) order by complaint_id, issue_order""")
                .param("ids", complaintIds).param("types", types.stream().map(Enum::name).toList())
                .query((rs, n) -> new LetterText(rs.getObject(1, UUID.class), LetterType.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedLetter> issuedFor(UUID complaintId) {
        return forComplaint(complaintId).stream().map(summary -> find(summary.id()).orElseThrow()).map(l -> new IssuedLetter(l.id(),
                l.type(), l.stage(), l.createdAt(), l.subject(), l.recipient(), l.recipientRole(), l.largePrint(), l.needs(), l.text(),
                deliveries(l.id()).stream().map(d -> new LetterArchive.Delivery(d.channel(), d.status(), d.detail(), d.at())).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID complaintId, UUID letterId, boolean largePrint) {
        return find(letterId).filter(letter -> letter.complaintId().equals(complaintId))
                .map(letter -> renderer.pdf(letter.html(), largePrint));
    }

    // ------------------------------------------------------------------ reading

    /**
     * A stored letter with its frozen content; {@code needs} are the formats staff must produce it in besides large print
     * (coloured paper, Braille, a translation...), {@code contactNotes} how contact must go (restrictions, adjustments).
     */
    record Stored(UUID id, UUID complaintId, String reference, LetterType type, int stage, Instant createdAt, Recipient recipient,
            String subject, String html, String text, int templateVersion, boolean largePrint, List<String> needs, String recipientRole,
            String contactNotes) {
    }

    /** A letter in a complaint's list, with its latest delivery status (PENDING until a channel records one). */
    record Summary(UUID id, LetterType type, int stage, Instant createdAt, String subject, DeliveryStatus deliveryStatus,
            String recipientName, String recipientRole, boolean largePrint, List<String> needs) {

        /** What staff must do before it goes, as the case page shows it: "Needs: large print, coloured paper (yellow)". */
        String needsText() {
            List<String> all = new ArrayList<>();
            if (largePrint) {
                all.add("large print");
            }
            all.addAll(needs);
            return all.isEmpty() ? null : "Needs: " + String.join(", ", all);
        }
    }

    /** One entry of a letter's delivery record. */
    record Delivery(String channel, DeliveryStatus status, String detail, Instant at) {
    }

    @Transactional(readOnly = true)
    Optional<Stored> find(UUID letterId) {
        return jdbc.sql("""
                select id, complaint_id, reference, letter_type, stage, created_at, recipient_name, recipient_email, recipient_phone,
                    recipient_postal, preferred_channel, subject, html, text_body, template_version, large_print, formats,
                    recipient_role, contact_notes
                from letter where id = ?""")
                .param(letterId)
                .query(LetterService::stored)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Summary> forComplaint(UUID complaintId) {
        return jdbc.sql("""
                select l.id, l.letter_type, l.stage, l.created_at, l.subject,
                    (select d.status from letter_delivery d where d.letter_id = l.id order by d.id desc fetch first 1 rows only),
                    l.recipient_name, l.recipient_role, l.large_print, l.formats
                from letter l where l.complaint_id = ? order by l.issue_order""")
                .param(complaintId)
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), LetterType.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                        rs.getString(6) == null ? DeliveryStatus.PENDING : DeliveryStatus.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8) == null ? "RESIDENT" : rs.getString(8), rs.getBoolean(9), needs(rs.getString(10))))
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
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getInt(15), rs.getBoolean(16), needs(rs.getString(17)),
                rs.getString(18) == null ? "RESIDENT" : rs.getString(18), rs.getString(19));
    }

    private static List<String> needs(String stored) {
        return stored == null || stored.isBlank() ? List.of() : java.util.Arrays.stream(stored.split(";\\s*")).toList();
    }
}

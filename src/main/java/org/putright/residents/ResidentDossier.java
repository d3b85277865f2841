package org.putright.residents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Everything the residents module holds about a resident, read straight from its tables: for a subject access request
 * (UK GDPR Art. 15) and for letters about the resident's record. Disclosed disabilities (special-category data) are only
 * included with a lawful reason, and reading them is logged in special_category_read.
 */
@Service
public class ResidentDossier {

    public record LinkedComplaint(UUID complaintId, String reference, LocalDate receivedOn, String summary, String matchedBy,
            UUID residentId) {
    }

    public record Review(LocalDate reviewedOn, String reviewedBy, String outcome, String notes, LocalDate nextReviewOn) {
    }

    public record Adjustment(UUID id, String kind, String detail, LocalDate agreedOn, String agreedBy, LocalDate reviewOn,
            LocalDate endedOn, String endReason, List<Review> reviews) {
    }

    public record Restriction(UUID id, UUID residentId, List<String> kinds, String detail, String behaviour, String evidence,
            String proportionateBecause, String equalityConsiderations, String proposedBy, String approvedBy, LocalDate approvedOn,
            LocalDate startsOn, LocalDate reviewOn, LocalDate endedOn, String endReason, List<Review> reviews) {
    }

    public record Disclosure(LocalDate disclosedOn, String disclosedHow, String disclosedText, String recordedBy) {
    }

    /** Disclosed disabilities: the entries only when a lawful reason was given, else how many are held and why they are left out. */
    public record Disclosures(boolean included, String lawfulReason, int held, List<Disclosure> entries) {
    }

    public record SpecialCategoryRead(String readBy, Instant readAt, String purpose) {
    }

    public record AuditEntry(int sequence, String type, Instant occurredAt, String actor, JsonNode details) {
    }

    /** The whole of what is held, with any records merged into this one. */
    public record Dossier(ResidentRecord resident, List<ResidentRecord> mergedRecords, List<LinkedComplaint> complaints,
            List<ResidentRepresentative> representatives, List<Adjustment> adjustments, List<Restriction> restrictions,
            Disclosures disclosures, List<SpecialCategoryRead> specialCategoryReads, List<AuditEntry> auditTrail) {
    }

    private final JdbcClient jdbc;
    private final ResidentStore store;
    private final ResidentLog log;
    private final Representatives representatives;
    private final Actors actors;
    private final Clock clock;

    ResidentDossier(JdbcClient jdbc, ResidentStore store, ResidentLog log, Representatives representatives, Actors actors, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.representatives = representatives;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Everything held about the resident. With a {@code lawfulReason} the disclosed disabilities are included and the
     * read is logged as "subject access export: reason"; without one they are left out.
     */
    @Transactional
    public Dossier forSubjectAccess(UUID residentId, String lawfulReason) {
        ResidentRecord resident = store.find(residentId).orElseThrow(() -> new NotFoundException("No resident with id " + residentId));
        List<UUID> ids = new ArrayList<>();
        ids.add(resident.id());
        List<ResidentRecord> merged = jdbc.sql("select id from resident where merged_into = ?").param(resident.id()).query(UUID.class).list()
                .stream().map(store::find).flatMap(Optional::stream).toList();
        merged.forEach(m -> ids.add(m.id()));
        List<LinkedComplaint> complaints = new ArrayList<>();
        List<ResidentRepresentative> reps = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        List<Restriction> restrictions = new ArrayList<>();
        List<Disclosure> disclosures = new ArrayList<>();
        List<SpecialCategoryRead> reads = new ArrayList<>();
        List<AuditEntry> trail = new ArrayList<>();
        String reason = lawfulReason == null || lawfulReason.isBlank() ? null : lawfulReason.strip();
        if (reason != null && reason.length() > 170) {
            throw new InvalidRequestException("lawfulReason", lawfulReason, "The lawful reason must be 170 characters or fewer");
        }
        int held = 0;
        for (UUID id : ids) {
            complaints.addAll(complaints(id));
            reps.addAll(representatives.forResident(id));
            adjustments.addAll(adjustments(id));
            restrictions.addAll(restrictionsOf(id));
            held += jdbc.sql("select count(*) from disclosure where resident_id = ?").param(id).query(Integer.class).single();
            if (reason != null) {
                disclosures.addAll(jdbc.sql("""
                        select disclosed_on, disclosed_how, disclosed_text, recorded_by from disclosure where resident_id = ?
                        order by disclosed_on, recorded_at""").param(id)
                        .query((rs, n) -> new Disclosure(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list());
            }
            reads.addAll(jdbc.sql("select read_by, read_at, purpose from special_category_read where resident_id = ? order by read_at")
                    .param(id).query((rs, n) -> new SpecialCategoryRead(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3)))
                    .list());
            log.history(id).forEach(e -> trail.add(new AuditEntry(e.sequence(), e.type(), e.occurredAt(), e.actor(), e.details())));
        }
        if (reason != null && held > 0) {
            // special-category data read: who, when and why (the export's lawful reason)
            String purpose = "subject access export: " + reason;
            jdbc.sql("insert into special_category_read (id, resident_id, read_by, read_at, purpose) values (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), resident.id(), actors.current(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                            purpose)
                    .update();
            // as every other read of disclosures: in the resident's own trail too (the purpose, never the words)
            log.append(resident.id(), "SpecialCategoryRead", actors.current(), Map.of("purpose", purpose));
        }
        complaints.sort(java.util.Comparator.comparing(LinkedComplaint::receivedOn).thenComparing(LinkedComplaint::reference));
        return new Dossier(resident, merged, complaints, reps, adjustments, restrictions,
                new Disclosures(reason != null, reason, held, disclosures), reads, trail);
    }

    /** Appends the export to the resident's audit trail: who exported it, in which format, and any lawful reason. */
    @Transactional
    public void recordSubjectAccessExport(UUID residentId, String format, String lawfulReason) {
        store.find(residentId).orElseThrow(() -> new NotFoundException("No resident with id " + residentId));
        log.append(residentId, "SubjectAccessExported", actors.current(), Map.of("format", format, "disclosuresIncluded",
                lawfulReason != null && !lawfulReason.isBlank(), "lawfulReason", lawfulReason == null ? "" : lawfulReason.strip()));
    }

    /** The resident's complaints, oldest first (with those of records merged into theirs). */
    @Transactional(readOnly = true)
    public List<LinkedComplaint> complaints(UUID residentId) {
        return jdbc.sql("""
                select complaint_id, reference, received_on, summary, matched_by, resident_id from resident_complaint
                where resident_id = ? or resident_id in (select id from resident where merged_into = ?)
                order by received_on, reference""")
                .params(residentId, residentId)
                .query((rs, n) -> new LinkedComplaint(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class)))
                .list();
    }

    /** A contact restriction as recorded, for the letter that tells the resident about it. */
    @Transactional(readOnly = true)
    public Optional<Restriction> restriction(UUID restrictionId) {
        return jdbc.sql(RESTRICTION + " where id = ?").param(restrictionId).query(this::mapRestriction).optional();
    }

    private static final String RESTRICTION = """
            select id, resident_id, kinds, detail, behaviour, evidence, proportionate_because, equality_considerations, proposed_by,
                approved_by, approved_on, starts_on, review_on, ended_on, end_reason from contact_restriction""";

    private List<Restriction> restrictionsOf(UUID residentId) {
        return jdbc.sql(RESTRICTION + " where resident_id = ? order by starts_on, recorded_at").param(residentId).query(this::mapRestriction)
                .list();
    }

    private Restriction mapRestriction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID id = rs.getObject(1, UUID.class);
        return new Restriction(id, rs.getObject(2, UUID.class), ContactPlans.kinds(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getString(15),
                reviews("restriction_review", "restriction_id", id));
    }

    private List<Adjustment> adjustments(UUID residentId) {
        return jdbc.sql("""
                select id, kind, detail, agreed_on, agreed_by, review_on, ended_on, end_reason from adjustment where resident_id = ?
                order by agreed_on, recorded_at""")
                .param(residentId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Adjustment(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                            reviews("adjustment_review", "adjustment_id", id));
                })
                .list();
    }

    private List<Review> reviews(String table, String column, UUID id) {
        return jdbc.sql("select reviewed_on, reviewed_by, outcome, notes, next_review_on from " + table + " where " + column
                + " = ? order by reviewed_on, recorded_at")
                .param(id)
                .query((rs, n) -> new Review(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }
}

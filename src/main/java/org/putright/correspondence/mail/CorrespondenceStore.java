package org.putright.correspondence.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.putright.correspondence.mail.CorrespondenceItem.Assignment;
import org.putright.correspondence.mail.CorrespondenceItem.Attachment;
import org.putright.correspondence.mail.CorrespondenceItem.Direction;
import org.putright.correspondence.mail.CorrespondenceItem.Medium;
import org.putright.correspondence.mail.CorrespondenceItem.Party;
import org.putright.correspondence.mail.CorrespondenceItem.Triage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The correspondence tables: only inserts and reads (5.12: nothing in the record is overwritten). */
@Component
class CorrespondenceStore {

    /** A row to append; {@code rawPath}/{@code rawSha256}/{@code messageId} only for mail that came in. */
    record NewItem(UUID complaintId, Direction direction, Party party, Medium channel, String from, String to, String subject,
            String body, Instant occurredAt, Instant recordedAt, String recordedBy, Triage triage, String rawPath, String rawSha256,
            String messageId, UUID letterId, String parseError) {
    }

    record NewAttachment(String filename, String contentType, long sizeBytes, String sha256, String storedPath, String rejectionReason) {
    }

    /** Where an accepted attachment's file is, for download. */
    record StoredFile(UUID correspondenceId, String filename, String contentType, String sha256, String storedPath) {
    }

    private static final String COLUMNS = "c.id, c.complaint_id, c.direction, c.party, c.channel, c.from_party, c.to_party, c.subject, "
            + "c.body_text, c.occurred_at, c.recorded_at, c.recorded_by, c.triage_status, c.raw_path, c.message_id, c.letter_id, c.parse_error ";

    private final JdbcClient jdbc;

    CorrespondenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(NewItem item, List<NewAttachment> attachments) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into correspondence (id, complaint_id, direction, party, channel, from_party, to_party, subject, body_text,
                    occurred_at, recorded_at, recorded_by, triage_status, raw_path, raw_sha256, message_id, letter_id, parse_error)
                values (:id, :complaint, :direction, :party, :channel, :from, :to, :subject, :body, :occurred, :recorded, :by,
                    :triage, :rawPath, :rawSha, :messageId, :letter, :parseError)""")
                .param("id", id).param("complaint", item.complaintId()).param("direction", item.direction().name())
                .param("party", item.party().name()).param("channel", item.channel().name()).param("from", cut(item.from(), 1000))
                .param("to", cut(item.to(), 1000)).param("subject", cut(item.subject(), 1000)).param("body", cut(item.body(), 1_000_000))
                .param("occurred", utc(item.occurredAt())).param("recorded", utc(item.recordedAt())).param("by", item.recordedBy())
                .param("triage", item.triage().name()).param("rawPath", item.rawPath()).param("rawSha", item.rawSha256())
                .param("messageId", cut(item.messageId(), 1000)).param("letter", item.letterId()).param("parseError", cut(item.parseError(), 2000))
                .update();
        int position = 0;
        for (NewAttachment attachment : attachments) {
            jdbc.sql("""
                    insert into correspondence_attachment (id, correspondence_id, position, filename, content_type, size_bytes, sha256,
                        stored_path, status, rejection_reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, position++, cut(attachment.filename(), 500), cut(attachment.contentType(), 200),
                            attachment.sizeBytes(), attachment.sha256(), attachment.storedPath(),
                            attachment.storedPath() != null ? "STORED" : "REJECTED", cut(attachment.rejectionReason(), 500))
                    .update();
        }
        return id;
    }

    void assign(UUID correspondenceId, UUID complaintId, Instant at, String by) {
        jdbc.sql("insert into correspondence_assignment (correspondence_id, complaint_id, assigned_at, assigned_by) values (?, ?, ?, ?)")
                .params(correspondenceId, complaintId, utc(at), by).update();
    }

    boolean rawAlreadyImported(String rawSha256) {
        return jdbc.sql("select count(*) from correspondence where raw_sha256 = ?").param(rawSha256).query(Integer.class).single() > 0;
    }

    boolean messageAlreadyImported(String messageId) {
        return messageId != null && jdbc.sql("select count(*) from correspondence where message_id = ? and direction = 'IN'")
                .param(messageId).query(Integer.class).single() > 0;
    }

    /** The complaint one of our sent emails belongs to, for replies that lost the reference but kept In-Reply-To. */
    Optional<UUID> complaintOfSentMessage(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select complaint_id from correspondence where direction = 'OUT' and complaint_id is not null and message_id in (:ids)")
                .param("ids", messageIds).query(UUID.class).list().stream().findFirst();
    }

    Optional<CorrespondenceItem> find(UUID id) {
        return load("select " + COLUMNS + " from correspondence c where c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Everything filed under a complaint now (its latest assignment, else where it was filed when recorded), oldest first. */
    List<CorrespondenceItem> forComplaint(UUID complaintId) {
        return load("select " + COLUMNS + """
                 from correspondence c
                 left join correspondence_assignment a
                   on a.id = (select max(a2.id) from correspondence_assignment a2 where a2.correspondence_id = c.id)
                 where (a.id is null and c.complaint_id = :complaint) or a.complaint_id = :complaint
                 order by c.occurred_at, c.recorded_at""", Map.of("complaint", complaintId));
    }

    /** Unmatched mail nobody has assigned yet, oldest first: the triage queue. */
    List<CorrespondenceItem> intake() {
        return load("select " + COLUMNS + """
                 from correspondence c
                 where c.triage_status = 'UNMATCHED'
                   and not exists (select 1 from correspondence_assignment a where a.correspondence_id = c.id)
                 order by c.recorded_at, c.id""", Map.of());
    }

    Optional<StoredFile> storedAttachment(UUID attachmentId) {
        return jdbc.sql("select correspondence_id, filename, content_type, sha256, stored_path from correspondence_attachment "
                + "where id = ? and status = 'STORED'").param(attachmentId)
                .query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    Optional<String> rawPath(UUID correspondenceId) {
        return jdbc.sql("select raw_path from correspondence where id = ?").param(correspondenceId).query(String.class).optional()
                .filter(path -> path != null);
    }

    private record Row(UUID id, UUID complaintId, Direction direction, Party party, Medium channel, String from, String to, String subject,
            String body, Instant occurredAt, Instant recordedAt, String recordedBy, Triage triage, String rawPath, String messageId,
            UUID letterId, String parseError) {
    }

    private List<CorrespondenceItem> load(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(CorrespondenceStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<Attachment>> attachments = new LinkedHashMap<>();
        jdbc.sql("select correspondence_id, id, filename, content_type, size_bytes, sha256, status, rejection_reason "
                + "from correspondence_attachment where correspondence_id in (:ids) order by correspondence_id, position")
                .param("ids", ids).query(rs -> {
                    attachments.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Attachment(
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                            "STORED".equals(rs.getString(7)), rs.getString(8)));
                });
        Map<UUID, List<Assignment>> assignments = new LinkedHashMap<>();
        jdbc.sql("select correspondence_id, complaint_id, assigned_at, assigned_by from correspondence_assignment "
                + "where correspondence_id in (:ids) order by id").param("ids", ids).query(rs -> {
                    assignments.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Assignment(
                            rs.getObject(2, UUID.class), instant(rs, 3), rs.getString(4)));
                });
        return rows.stream().map(r -> {
            List<Assignment> assigned = assignments.getOrDefault(r.id(), List.of());
            UUID current = assigned.isEmpty() ? r.complaintId() : assigned.getLast().complaintId();
            return new CorrespondenceItem(r.id(), current, r.direction(), r.party(), r.channel(), r.from(), r.to(), r.subject(), r.body(),
                    r.occurredAt(), r.recordedAt(), r.recordedBy(), r.triage(), r.rawPath() != null, r.messageId(), r.letterId(),
                    r.parseError(), List.copyOf(attachments.getOrDefault(r.id(), List.of())), List.copyOf(assigned));
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("complaint_id", UUID.class), Direction.valueOf(rs.getString("direction")),
                Party.valueOf(rs.getString("party")), Medium.valueOf(rs.getString("channel")), rs.getString("from_party"),
                rs.getString("to_party"), rs.getString("subject"), rs.getString("body_text"), instant(rs, "occurred_at"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), Triage.valueOf(rs.getString("triage_status")),
                rs.getString("raw_path"), rs.getString("message_id"), rs.getObject("letter_id", UUID.class), rs.getString("parse_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}

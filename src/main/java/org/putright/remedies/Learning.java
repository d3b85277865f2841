package org.putright.remedies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.Status;
import org.putright.identity.StaffDirectory;
import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.putright.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning from complaints (9.1, 9.2): what each responded or closed complaint taught us, and the register of service
 * improvements it led to, each with an owner, a target date and its status changes appended over time.
 */
@Service
class Learning {

    enum ImprovementStatus {
        PROPOSED, AGREED, IN_PROGRESS, DONE
    }

    record StatusChange(ImprovementStatus status, String note, String changedBy, Instant changedAt) {
    }

    record LinkedComplaint(UUID complaintId, String reference) {
    }

    record Improvement(UUID id, String title, String description, String owner, LocalDate targetOn, ImprovementStatus status,
            String createdBy, Instant createdAt, List<StatusChange> history, List<LinkedComplaint> complaints) {
    }

    record Lesson(UUID id, UUID complaintId, String reference, String lesson, String recordedBy, Instant recordedAt,
            List<ImprovementRef> improvements) {
    }

    record ImprovementRef(UUID id, String title) {
    }

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final StaffDirectory staff;
    private final Clock clock;

    Learning(JdbcClient jdbc, ComplaintService complaints, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.staff = staff;
        this.clock = clock;
    }

    // ------------------------------------------------------------ lessons

    /** A lesson from a complaint that has had a response or is closed: there is something to learn from only then. */
    @Transactional
    Lesson recordLesson(UUID complaintId, String lesson, List<UUID> improvementIds) {
        ComplaintView complaint = complaints.get(complaintId);
        boolean responded = complaint.stages().stream().anyMatch(s -> s.response() != null);
        if (!responded && complaint.status() != Status.CLOSED) {
            throw new ConflictException("Learning is recorded once a complaint has had a response or is closed; "
                    + complaint.reference() + " has neither yet.");
        }
        if (lesson == null || lesson.isBlank()) {
            throw new InvalidRequestException("lesson", lesson, "Enter what was learned from this complaint.");
        }
        Set<UUID> ids = new LinkedHashSet<>(improvementIds == null ? List.of() : improvementIds);
        for (UUID id : ids) {
            if (!exists(id)) {
                throw new InvalidRequestException("improvementIds", id, "There is no service improvement " + id + ".");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into complaint_learning (id, complaint_id, reference, lesson, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, complaintId, complaint.reference(), lesson.trim(), staff.currentUsername(), now())
                .update();
        for (UUID improvement : ids) {
            jdbc.sql("insert into complaint_learning_improvement (learning_id, improvement_id) values (?, ?)").params(id, improvement).update();
        }
        return lessons(complaintId).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    List<Lesson> lessons(UUID complaintId) {
        return jdbc.sql("""
                select id, complaint_id, reference, lesson, recorded_by, recorded_at from complaint_learning
                where complaint_id = ? order by recorded_at, id""")
                .param(complaintId)
                .query((rs, n) -> new Lesson(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), improvementsOf(rs.getObject(1, UUID.class))))
                .list();
    }

    private List<ImprovementRef> improvementsOf(UUID learningId) {
        return jdbc.sql("""
                select i.id, i.title from complaint_learning_improvement l join service_improvement i on i.id = l.improvement_id
                where l.learning_id = ? order by i.title""")
                .param(learningId)
                .query((rs, n) -> new ImprovementRef(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    // ------------------------------------------------------------ the register

    @Transactional
    Improvement propose(String title, String description, String owner, LocalDate targetOn) {
        require("title", title, "Enter a title for the improvement.");
        require("description", description, "Describe the improvement.");
        require("owner", owner, "Enter the job title or team that owns the improvement.");
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        String actor = staff.currentUsername();
        jdbc.sql("insert into service_improvement (id, title, description, owner, target_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, title.trim(), description.trim(), owner.trim(), targetOn, actor, now)
                .update();
        jdbc.sql("insert into service_improvement_status (improvement_id, sequence, status, note, changed_by, changed_at) values (?, 1, ?, ?, ?, ?)")
                .params(id, ImprovementStatus.PROPOSED.name(), null, actor, now)
                .update();
        return improvement(id);
    }

    /** A status change is a new row; the register shows the latest and keeps every earlier one. */
    @Transactional
    Improvement changeStatus(UUID id, ImprovementStatus status, String note) {
        Improvement current = improvement(id);
        if (current.status() == status) {
            throw new ConflictException("The improvement is already " + status.name() + ".");
        }
        jdbc.sql("insert into service_improvement_status (improvement_id, sequence, status, note, changed_by, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, current.history().size() + 1, status.name(), note == null || note.isBlank() ? null : note.trim(),
                        staff.currentUsername(), now())
                .update();
        return improvement(id);
    }

    @Transactional(readOnly = true)
    Improvement improvement(UUID id) {
        return jdbc.sql("select id, title, description, owner, target_on, created_by, created_at from service_improvement where id = ?")
                .param(id)
                .query((rs, n) -> toImprovement(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no service improvement " + id + "."));
    }

    /** The register, newest first; {@code status} keeps only improvements currently at that status. */
    @Transactional(readOnly = true)
    List<Improvement> register(ImprovementStatus status) {
        List<Improvement> all = new ArrayList<>(jdbc.sql("""
                select id, title, description, owner, target_on, created_by, created_at from service_improvement
                order by created_at desc, title""")
                .query((rs, n) -> toImprovement(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list());
        if (status != null) {
            all.removeIf(i -> i.status() != status);
        }
        return all;
    }

    private Improvement toImprovement(UUID id, String title, String description, String owner, LocalDate targetOn, String createdBy,
            Instant createdAt) {
        List<StatusChange> history = jdbc.sql("""
                select status, note, changed_by, changed_at from service_improvement_status where improvement_id = ? order by sequence""")
                .param(id)
                .query((rs, n) -> new StatusChange(ImprovementStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
        List<LinkedComplaint> linked = jdbc.sql("""
                select distinct c.complaint_id, c.reference from complaint_learning c
                join complaint_learning_improvement l on l.learning_id = c.id where l.improvement_id = ? order by c.reference""")
                .param(id)
                .query((rs, n) -> new LinkedComplaint(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return new Improvement(id, title, description, owner, targetOn, history.get(history.size() - 1).status(), createdBy, createdAt,
                history, linked);
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from service_improvement where id = ?").param(id).query(Long.class).single() > 0;
    }

    private static void require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, value, message);
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}

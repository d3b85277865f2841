package org.putright.remedies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service improvements register read for reports (8.1 d, 9.7): each improvement proposed or completed in a period,
 * with what it is, who owns it, where it stands and how many complaints' learning led to it. Read only.
 */
@Service
public class ServiceImprovements {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    ServiceImprovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An improvement: {@code status} is where it stands now (PROPOSED, AGREED, IN_PROGRESS or DONE); {@code proposedOn}
     * the day it was recorded and {@code completedOn} the day it was first marked done (null while it is not);
     * {@code complaints}: how many complaints' learning led to it.
     */
    public record Improvement(UUID id, String title, String description, String owner, LocalDate targetOn, String status,
            LocalDate proposedOn, LocalDate completedOn, int complaints) {
    }

    /**
     * Improvements proposed or completed between {@code from} and {@code to} inclusive (London days): completed ones
     * first, by the day they were done, then the rest by the day they were proposed.
     */
    @Transactional(readOnly = true)
    public List<Improvement> forPeriod(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(LONDON).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime();
        Map<UUID, Improvement> found = new LinkedHashMap<>();
        jdbc.sql("""
                select i.id, i.title, i.description, i.owner, i.target_on, i.created_at,
                    (select s.status from service_improvement_status s where s.improvement_id = i.id
                        and s.sequence = (select max(m.sequence) from service_improvement_status m where m.improvement_id = i.id)),
                    (select min(d.changed_at) from service_improvement_status d where d.improvement_id = i.id and d.status = 'DONE'),
                    (select count(distinct c.complaint_id) from complaint_learning c
                        join complaint_learning_improvement l on l.learning_id = c.id where l.improvement_id = i.id)
                from service_improvement i
                where (i.created_at >= ? and i.created_at < ?)
                   or exists (select 1 from service_improvement_status d where d.improvement_id = i.id and d.status = 'DONE'
                              and d.changed_at >= ? and d.changed_at < ?)
                order by i.created_at, i.title""")
                .params(start, end, start, end)
                .query(rs -> {
                    OffsetDateTime done = rs.getObject(8, OffsetDateTime.class);
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new Improvement(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getString(7), day(rs.getObject(6, OffsetDateTime.class)), done == null ? null : day(done), rs.getInt(9)));
                });
        return found.values().stream()
                .sorted(java.util.Comparator.comparing((Improvement i) -> i.completedOn() == null)
                        .thenComparing(i -> i.completedOn() == null ? i.proposedOn() : i.completedOn()))
                .toList();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(LONDON).toLocalDate();
    }
}

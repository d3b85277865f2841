package org.putright.residents;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident's audit trail: every change to what we hold about them, every export and merge, appended with who and
 * when. Only INSERTs touch resident_event, with one exception: the retention policy's anonymisation redacts the details
 * of the entries before it (they hold the values that were removed), keeping what happened, who and when, and is
 * itself an entry here.
 */
@Component
class ResidentLog {

    /** One entry: what happened, who did it, when, and the details as recorded. */
    record Entry(int sequence, String type, Instant occurredAt, String actor, JsonNode details) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ResidentLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Appends an entry; {@code details} is any record or map, stored as JSON. */
    void append(UUID residentId, String type, String actor, Object details) {
        int next = jdbc.sql("select coalesce(max(sequence), 0) + 1 from resident_event where resident_id = ?").param(residentId)
                .query(Integer.class).single();
        jdbc.sql("insert into resident_event (resident_id, sequence, event_type, occurred_at, actor, payload) values (?, ?, ?, ?, ?, ?)")
                .params(residentId, next, type, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor,
                        json.writeValueAsString(details))
                .update();
    }

    /** The retention policy's exception to append-only: every entry's details are replaced; type, actor and time stay. */
    int redact(UUID residentId) {
        return jdbc.sql("update resident_event set payload = ? where resident_id = ?")
                .params(json.writeValueAsString(java.util.Map.of("redacted", "Details removed under the retention policy")), residentId)
                .update();
    }

    List<Entry> history(UUID residentId) {
        return jdbc.sql("select sequence, event_type, occurred_at, actor, payload from resident_event where resident_id = ? order by sequence")
                .param(residentId)
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4), json.readTree(rs.getString(5))))
                .list();
    }
}

package org.putright.complaints;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.putright.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grounds for refusal in the landlord's complaints policy (2.1); landlords add their own. */
@Component
class RefusalGrounds {

    private final JdbcClient jdbc;
    private final Clock clock;

    RefusalGrounds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<RefusalGround> all() {
        return jdbc.sql("select code, label, description, active from refusal_ground order by code")
                .query((rs, n) -> new RefusalGround(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    Optional<RefusalGround> active(String code) {
        return all().stream().filter(g -> g.active() && g.code().equals(code)).findFirst();
    }

    RefusalGround add(String code, String label, String description, String actor) {
        if (all().stream().anyMatch(g -> g.code().equals(code))) {
            throw new ConflictException("A refusal ground with code " + code + " already exists");
        }
        jdbc.sql("insert into refusal_ground (code, label, description, active, created_at, created_by) values (?, ?, ?, true, ?, ?)")
                .params(code, label, description, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor).update();
        return new RefusalGround(code, label, description, true);
    }
}

package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.putright.complaints.ComplaintQueries;
import org.putright.testsupport.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's demo option loads a whole, believable system into an empty database: complaints in every state, residents
 * at risk first in the queue, adjustments with a review due, a representative with consent, a disclosure and a restriction.
 * Its own in-memory database, so the demo always finds it empty.
 */
@SpringBootTest(properties = { "putright.demo-data=true", "spring.datasource.url=jdbc:h2:mem:putright-demo;DB_CLOSE_DELAY=-1",
        "putright.scheduler.enabled=false" })
@Import(SettableClock.Configuration.class)
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ComplaintQueries queries;

    @Test
    void the_demo_loads_complaints_and_residents_with_what_they_need_from_us() {
        assertThat(count("select count(*) from complaint")).isEqualTo(36);
        assertThat(count("select count(*) from resident where merged_into is null")).isEqualTo(6);
        assertThat(count("select count(*) from resident_complaint")).isEqualTo(36);
        assertThat(count("select count(*) from adjustment")).isEqualTo(3);
        assertThat(count("select count(*) from representative where consent_status = 'GIVEN'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from disclosure")).isEqualTo(1);
        assertThat(count("select count(*) from contact_restriction")).isEqualTo(1);
        // the queue's first open case is one with a risk to the resident
        var first = queries.list(new ComplaintQueries.Filter(null, null, null, null, null, false, false, null, true, false), 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(count("select count(*) from complaint where priority > 0 and next_deadline is not null")).isGreaterThan(0);
        assertThat(first.items().get(0).priority()).isGreaterThan(0);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

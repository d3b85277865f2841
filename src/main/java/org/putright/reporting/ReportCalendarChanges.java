package org.putright.reporting;

import java.util.List;
import java.util.UUID;

import org.putright.calendar.NonWorkingDaysChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deadlines in the report rows come from the calendar, as the case page's do: when the landlord adds or withdraws a
 * non-working day, the rows of every complaint with a step still to do are derived again (after the calendar change
 * commits; the publication registry retries it if this fails). Finished cases keep the deadlines they were judged by.
 */
@Component
class ReportCalendarChanges {

    private static final Logger log = LoggerFactory.getLogger(ReportCalendarChanges.class);

    private final JdbcClient jdbc;
    private final ReportRows rows;

    ReportCalendarChanges(JdbcClient jdbc, ReportRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(NonWorkingDaysChanged change) {
        List<UUID> open = jdbc.sql("""
                select distinct complaint_id from report_stage
                where (acknowledged_on is null or responded_on is null) and refused_on is null and closed_on is null""")
                .query(UUID.class).list();
        open.forEach(rows::refresh);
        log.info("Non-working day {} changed: report rows of {} open complaints derived again", change.date(), open.size());
    }
}

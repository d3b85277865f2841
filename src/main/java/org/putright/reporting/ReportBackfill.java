package org.putright.reporting;

import java.util.UUID;

import org.putright.complaints.ComplaintQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints received before reporting existed have no rows: on start-up, when fewer complaints have rows than exist,
 * each one without rows is derived (a transaction each). Two counts when everything is in step.
 */
@Component
class ReportBackfill {

    private static final Logger log = LoggerFactory.getLogger(ReportBackfill.class);
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final ComplaintQueries queries;
    private final ReportRows rows;
    private final TransactionTemplate transactions;

    ReportBackfill(JdbcClient jdbc, ComplaintQueries queries, ReportRows rows, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rows = rows;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        ComplaintQueries.Filter all = new ComplaintQueries.Filter(null, null, null, null, null, false, false, null);
        long complaints = queries.list(all, 0, 1).totalItems();
        long reported = jdbc.sql("select count(distinct complaint_id) from report_stage").query(Long.class).single();
        if (reported >= complaints) {
            return;
        }
        int derived = 0;
        for (int page = 0; (long) page * PAGE < complaints; page++) {
            for (ComplaintQueries.Summary summary : queries.list(all, page, PAGE).items()) {
                UUID id = summary.id();
                boolean missing = jdbc.sql("select count(*) from report_stage where complaint_id = ?").param(id).query(Long.class)
                        .single() == 0;
                if (missing) {
                    transactions.executeWithoutResult(status -> rows.refresh(id));
                    derived++;
                }
            }
        }
        log.info("Reporting: derived the figures of {} earlier complaints", derived);
    }
}

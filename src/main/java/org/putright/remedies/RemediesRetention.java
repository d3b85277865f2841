package org.putright.remedies;

import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's share of the retention policy: when a complaint's personal data is removed, its copies of the promised
 * actions lose their descriptions, and what happened to its remedies loses the free text (reasons) and payment
 * references, in the same transaction. Dates, owners (job titles), amounts, statuses and alerts stay, so figures on
 * promises kept and money paid still add up. Lessons learned (9.1) are about the service, written for sharing, and
 * stay. The one exception to these tables being append-only (docs/decisions/0013).
 */
@Component
class RemediesRetention {

    private final JdbcClient jdbc;

    RemediesRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonalDataAnonymised anonymised) {
        String removed = PersonalDataAnonymised.REMOVED;
        jdbc.sql("update remedy_action set description = ? where complaint_id = ?").params(removed, anonymised.complaintId()).update();
        jdbc.sql("""
                update remedy_event set
                    reason = case when reason is null then null else ? end,
                    payment_reference = case when payment_reference is null then null else ? end
                where complaint_id = ?""")
                .params(removed, removed, anonymised.complaintId()).update();
    }
}

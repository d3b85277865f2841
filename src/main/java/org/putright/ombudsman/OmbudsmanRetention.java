package org.putright.ombudsman;

import org.putright.complaints.ComplaintEvent.PersonalDataAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's share of the retention policy (docs/decisions/0013, 0022): when a complaint's personal data is removed,
 * the free text kept about its Ombudsman cases goes too, in the same transaction: status notes, the descriptions of the
 * elements investigated, of orders and recommendations, and the evidence of compliance, any of which can name the
 * resident or describe their home and health. The Ombudsman's reference, dates, findings per element, kinds of order,
 * due dates and when each was complied with stay, so the register's figures for any past year (9.7 c, 8.1 c) still
 * add up.
 */
@Component
class OmbudsmanRetention {

    private final JdbcClient jdbc;

    OmbudsmanRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonalDataAnonymised anonymised) {
        String removed = PersonalDataAnonymised.REMOVED;
        String cases = "select id from ombudsman_case where complaint_id = :complaint";
        jdbc.sql("update ombudsman_case_status set note = :removed where note is not null and case_id in (" + cases + ")")
                .param("removed", removed).param("complaint", anonymised.complaintId()).update();
        jdbc.sql("update ombudsman_finding set description = :removed where case_id in (" + cases + ")")
                .param("removed", removed).param("complaint", anonymised.complaintId()).update();
        jdbc.sql("update ombudsman_order set description = :removed where case_id in (" + cases + ")")
                .param("removed", removed).param("complaint", anonymised.complaintId()).update();
        jdbc.sql("update ombudsman_compliance set evidence = :removed where order_id in (select id from ombudsman_order where case_id in ("
                + cases + "))").param("removed", removed).param("complaint", anonymised.complaintId()).update();
    }
}

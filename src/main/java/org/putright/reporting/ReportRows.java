package org.putright.reporting;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.residents.ResidentLinked;
import org.putright.residents.ResidentRecord;
import org.putright.residents.ResidentRecords;
import org.putright.residents.ResidentsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report_stage} in step: whenever a complaint's record changes (or it is linked to its resident), its rows are
 * derived again from the complaint's view, in the same transaction, so a figure never disagrees with the case page.
 */
@Component
class ReportRows {

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final ResidentRecords residents;
    private final Clock clock;

    ReportRows(JdbcClient jdbc, ComplaintService complaints, ResidentRecords residents, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.residents = residents;
        this.clock = clock;
    }

    @EventListener
    void on(ComplaintEvent event) {
        refresh(event.complaintId());
    }

    @EventListener
    void on(ResidentLinked linked) {
        refresh(linked.complaintId());
    }

    /** Derives the complaint's rows again from its record. */
    void refresh(UUID complaintId) {
        ComplaintView c = complaints.get(complaintId);
        ResidentRecord resident = residents.forComplaint(complaintId).orElse(null);
        UUID residentId = resident == null ? null : resident.id();
        // the home only as a hash: repeat properties need equality, not the address (the rows hold no personal data)
        String home = resident == null ? null : residents.propertyKey(resident);
        // the resident and home the rows had: their other complaints' neighbours change when this one leaves them
        Set<Object> residentsBefore = new HashSet<>();
        Set<Object> homesBefore = new HashSet<>();
        jdbc.sql("select resident_id, property_key from report_stage where complaint_id = ? and stage = 1").param(complaintId)
                .query(rs -> {
                    residentsBefore.add(rs.getObject(1, UUID.class));
                    homesBefore.add(rs.getString(2));
                });
        jdbc.sql("delete from report_stage where complaint_id = ?").param(complaintId).update();
        String propertyKey = null;
        for (Map<String, Object> row : ReportStageRows.rows(c, residentId, home, clock.instant().atOffset(ZoneOffset.UTC))) {
            jdbc.sql("insert into report_stage (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", Collections.nCopies(row.size(), "?")) + ")")
                    .params(new ArrayList<>(row.values())).update();
            propertyKey = (String) row.get("property_key");
        }
        // the neighbours (V26) of every new complaint of the old and new resident and home, this one's included
        residentsBefore.add(residentId);
        homesBefore.add(propertyKey);
        residentsBefore.forEach(r -> ReportStageRows.RESIDENT.relink(jdbc, r));
        homesBefore.forEach(h -> ReportStageRows.HOME.relink(jdbc, h));
    }

    /**
     * A resident record was merged into another: the merged record's complaints now belong to the survivor (and may take
     * its home), so both residents' rows are derived again, and with them the neighbours of their new complaints.
     */
    @EventListener
    void on(ResidentsMerged merged) {
        List<UUID> affected = jdbc.sql("select distinct complaint_id from report_stage where resident_id in (?, ?)")
                .params(merged.merged(), merged.into()).query(UUID.class).list();
        affected.forEach(this::refresh);
    }
}

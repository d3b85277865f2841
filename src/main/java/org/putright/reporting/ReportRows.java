package org.putright.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.putright.complaints.ComplaintEvent;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Remedy;
import org.putright.complaints.Timeliness;
import org.putright.residents.ResidentLinked;
import org.putright.residents.ResidentRecord;
import org.putright.residents.ResidentRecords;
import org.putright.shared.Hashes;
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
        String propertyKey = home == null ? null : Hashes.sha256(home);
        jdbc.sql("delete from report_stage where complaint_id = ?").param(complaintId).update();
        for (StageView s : c.stages()) {
            insert(c, s, residentId, propertyKey);
        }
    }

    private void insert(ComplaintView c, StageView s, UUID residentId, String propertyKey) {
        LocalDate receivedOn = s.stage() == 1 ? c.receivedOn() : s.escalationRequestedOn();
        if (receivedOn == null) {
            return;
        }
        Timeliness acknowledged = s.stage() == 1 ? c.timeliness().stage1Acknowledgement() : c.timeliness().stage2Acknowledgement();
        Timeliness responded = s.stage() == 1 ? c.timeliness().stage1Response() : c.timeliness().stage2Response();
        ComplaintView.ResponseView response = s.response();
        List<Remedy> remedies = response == null || response.remedies() == null ? List.of() : response.remedies();
        BigDecimal financial = remedies.stream().map(Remedy::financial).filter(Objects::nonNull).map(Remedy.Financial::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int extendedDays = s.extensions() == null ? 0 : s.extensions().stream().mapToInt(ComplaintView.ExtensionView::workingDays).sum();
        jdbc.sql("""
                insert into report_stage (complaint_id, stage, reference, kind, scheme, channel, status, received_on, acknowledge_by,
                    acknowledged_on, acknowledged_in_time, respond_by, responded_on, responded_in_time, extensions, extended_days,
                    refused_on, refusal_ground, decision, remedies, financial_offered, outstanding_actions, closed_on, risk_priority,
                    service_area, cause, team, resident_id, property_key, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), s.stage(), c.reference(), c.kind(), c.scheme(), c.channel().name(), c.status().name(), receivedOn,
                        s.deadlines() == null ? null : s.deadlines().acknowledgeBy(), s.acknowledgedOn(),
                        s.acknowledgedOn() == null ? null : inTime(acknowledged),
                        s.deadlines() == null ? null : s.deadlines().respondBy(), response == null ? null : response.respondedOn(),
                        response == null ? null : inTime(responded), s.extensions() == null ? 0 : s.extensions().size(), extendedDays,
                        s.refusal() == null ? null : s.refusal().decidedOn(), s.refusal() == null ? null : s.refusal().ground(),
                        response == null || response.decision() == null ? null : response.decision().name(), remedies.size(), financial,
                        response == null || response.outstandingActions() == null ? 0 : response.outstandingActions().size(),
                        c.closedOn(), c.priority(), c.categories().serviceArea(), c.categories().cause(), c.categories().team(),
                        residentId, propertyKey, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Only a step that was done is in time or not: a row must not change just because a day passed (overdue is by date). */
    private static Boolean inTime(Timeliness timeliness) {
        return timeliness == null || timeliness == Timeliness.PENDING ? null : timeliness == Timeliness.MET;
    }
}

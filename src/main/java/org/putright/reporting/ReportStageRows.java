package org.putright.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Remedy;
import org.putright.complaints.Timeliness;
import org.putright.shared.Hashes;

/**
 * A complaint's {@code report_stage} rows, derived from its view: what {@link ReportRows} writes in the complaint's own
 * transaction, and what a bulk load writes beside the events it loads (docs/decisions/0018), so both say the same.
 */
public final class ReportStageRows {

    private ReportStageRows() {
    }

    /**
     * One row per stage the complaint reached, each a column to value map in the table's column order. {@code home}: the
     * resident's property key (stored only as its hash: repeat properties need equality, not the address).
     */
    public static List<Map<String, Object>> rows(ComplaintView c, UUID residentId, String home, OffsetDateTime updatedAt) {
        String propertyKey = home == null ? null : Hashes.sha256(home);
        List<Map<String, Object>> rows = new ArrayList<>(2);
        for (StageView s : c.stages()) {
            LocalDate receivedOn = s.stage() == 1 ? c.receivedOn() : s.escalationRequestedOn();
            if (receivedOn == null) {
                continue;
            }
            Timeliness acknowledged = s.stage() == 1 ? c.timeliness().stage1Acknowledgement() : c.timeliness().stage2Acknowledgement();
            Timeliness responded = s.stage() == 1 ? c.timeliness().stage1Response() : c.timeliness().stage2Response();
            ComplaintView.ResponseView response = s.response();
            List<Remedy> remedies = response == null || response.remedies() == null ? List.of() : response.remedies();
            BigDecimal financial = remedies.stream().map(Remedy::financial).filter(Objects::nonNull).map(Remedy.Financial::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int extendedDays = s.extensions() == null ? 0
                    : s.extensions().stream().mapToInt(ComplaintView.ExtensionView::workingDays).sum();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("complaint_id", c.id());
            row.put("stage", s.stage());
            row.put("reference", c.reference());
            row.put("kind", c.kind());
            row.put("scheme", c.scheme());
            row.put("channel", c.channel().name());
            row.put("status", c.status().name());
            row.put("received_on", receivedOn);
            row.put("acknowledge_by", s.deadlines() == null ? null : s.deadlines().acknowledgeBy());
            row.put("acknowledged_on", s.acknowledgedOn());
            row.put("acknowledged_in_time", s.acknowledgedOn() == null ? null : inTime(acknowledged));
            row.put("respond_by", s.deadlines() == null ? null : s.deadlines().respondBy());
            row.put("responded_on", response == null ? null : response.respondedOn());
            row.put("responded_in_time", response == null ? null : inTime(responded));
            row.put("extensions", s.extensions() == null ? 0 : s.extensions().size());
            row.put("extended_days", extendedDays);
            row.put("refused_on", s.refusal() == null ? null : s.refusal().decidedOn());
            row.put("refusal_ground", s.refusal() == null ? null : s.refusal().ground());
            row.put("decision", response == null || response.decision() == null ? null : response.decision().name());
            row.put("remedies", remedies.size());
            row.put("financial_offered", financial);
            row.put("outstanding_actions", response == null || response.outstandingActions() == null ? 0 : response.outstandingActions().size());
            row.put("closed_on", c.closedOn());
            row.put("risk_priority", c.priority());
            row.put("service_area", c.categories().serviceArea());
            row.put("cause", c.categories().cause());
            row.put("team", c.categories().team());
            row.put("resident_id", residentId);
            row.put("property_key", propertyKey);
            row.put("updated_at", updatedAt);
            rows.add(row);
        }
        return rows;
    }

    /** Only a step that was done is in time or not: a row must not change just because a day passed (overdue is by date). */
    private static Boolean inTime(Timeliness timeliness) {
        return timeliness == null || timeliness == Timeliness.PENDING ? null : timeliness == Timeliness.MET;
    }
}

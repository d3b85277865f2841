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

import javax.sql.DataSource;

import org.putright.complaints.ComplaintView;
import org.putright.complaints.ComplaintView.StageView;
import org.putright.complaints.Remedy;
import org.putright.complaints.Timeliness;
import org.putright.shared.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * Sets every row's neighbours (V26: the received date of the same resident's and home's previous and next new
     * complaint, in the order received_on, complaint_id) from the rows themselves, in one statement: after a bulk load,
     * which writes rows without them. Returns the rows changed. The same statement as V26's.
     */
    public static int relinkAll(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("""
                merge into report_stage r using (
                    select complaint_id, stage,
                        case when stage = 1 and kind = 'COMPLAINT' and resident_id is not null
                            then lag(received_on) over (partition by stage, kind, resident_id order by received_on, complaint_id) end as pr,
                        case when stage = 1 and kind = 'COMPLAINT' and resident_id is not null
                            then lead(received_on) over (partition by stage, kind, resident_id order by received_on, complaint_id) end as nr,
                        case when stage = 1 and kind = 'COMPLAINT' and property_key is not null
                            then lag(received_on) over (partition by stage, kind, property_key order by received_on, complaint_id) end as ph,
                        case when stage = 1 and kind = 'COMPLAINT' and property_key is not null
                            then lead(received_on) over (partition by stage, kind, property_key order by received_on, complaint_id) end as nh
                    from report_stage) w
                on (r.complaint_id = w.complaint_id and r.stage = w.stage)
                when matched and (r.prev_resident_on is distinct from w.pr or r.next_resident_on is distinct from w.nr
                        or r.prev_home_on is distinct from w.ph or r.next_home_on is distinct from w.nh)
                    then update set prev_resident_on = w.pr, next_resident_on = w.nr, prev_home_on = w.ph, next_home_on = w.nh""").update();
    }

    /** A resident's new complaints and their neighbours (V26). */
    static final Neighbours RESIDENT = new Neighbours("resident_id", "prev_resident_on", "next_resident_on");
    /** A home's. */
    static final Neighbours HOME = new Neighbours("property_key", "prev_home_on", "next_home_on");

    /** The column that groups new complaints and the two that keep each one's neighbours in that group. */
    record Neighbours(String key, String previous, String next) {

        /**
         * Sets the neighbours of every new complaint with this key again (a resident or home has a handful), changing only
         * the rows whose neighbours moved. Nothing for a null key: those rows have none.
         */
        void relink(JdbcClient jdbc, Object value) {
            if (value == null) {
                return;
            }
            // the column names are this class's constants, never input
            List<Object[]> rows = jdbc.sql("select complaint_id, received_on, " + previous + ", " + next + " from report_stage where " + key
                    + " = ? and stage = 1 and kind = 'COMPLAINT' order by received_on, complaint_id")
                    .param(value).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class) })
                    .list();
            for (int i = 0; i < rows.size(); i++) {
                LocalDate before = i == 0 ? null : (LocalDate) rows.get(i - 1)[1];
                LocalDate after = i == rows.size() - 1 ? null : (LocalDate) rows.get(i + 1)[1];
                if (!Objects.equals(before, rows.get(i)[2]) || !Objects.equals(after, rows.get(i)[3])) {
                    jdbc.sql("update report_stage set " + previous + " = ?, " + next + " = ? where complaint_id = ? and stage = 1")
                            .params(before, after, rows.get(i)[0]).update();
                }
            }
        }
    }

    /** Only a step that was done is in time or not: a row must not change just because a day passed (overdue is by date). */
    private static Boolean inTime(Timeliness timeliness) {
        return timeliness == null || timeliness == Timeliness.PENDING ? null : timeliness == Timeliness.MET;
    }
}

-- Repeat complainants and repeat homes (9.4) as range counts (docs/decisions/0018): each new complaint's row (stage 1,
-- kind COMPLAINT) keeps the received date of the same resident's previous and next new complaint, and the same for the
-- home (property_key), in the order received_on, complaint_id. Then, for a period [from, to]: a resident with more than
-- one complaint in it is one whose first row in the period (previous null or before from) has its next by to; a
-- complaint from a repeat complainant is a row in the period whose previous is from or later or whose next is by to.
-- Kept by ReportRows with the neighbouring rows in the same transaction; ReportStageRows.relinkAll sets them all.
ALTER TABLE report_stage ADD COLUMN prev_resident_on DATE;
ALTER TABLE report_stage ADD COLUMN next_resident_on DATE;
ALTER TABLE report_stage ADD COLUMN prev_home_on DATE;
ALTER TABLE report_stage ADD COLUMN next_home_on DATE;

-- the same statement as ReportStageRows.relinkAll (MERGE: the one form of an update from a query H2 and PostgreSQL share)
MERGE INTO report_stage r USING (
    SELECT complaint_id, stage,
        CASE WHEN stage = 1 AND kind = 'COMPLAINT' AND resident_id IS NOT NULL
            THEN LAG(received_on) OVER (PARTITION BY stage, kind, resident_id ORDER BY received_on, complaint_id) END AS pr,
        CASE WHEN stage = 1 AND kind = 'COMPLAINT' AND resident_id IS NOT NULL
            THEN LEAD(received_on) OVER (PARTITION BY stage, kind, resident_id ORDER BY received_on, complaint_id) END AS nr,
        CASE WHEN stage = 1 AND kind = 'COMPLAINT' AND property_key IS NOT NULL
            THEN LAG(received_on) OVER (PARTITION BY stage, kind, property_key ORDER BY received_on, complaint_id) END AS ph,
        CASE WHEN stage = 1 AND kind = 'COMPLAINT' AND property_key IS NOT NULL
            THEN LEAD(received_on) OVER (PARTITION BY stage, kind, property_key ORDER BY received_on, complaint_id) END AS nh
    FROM report_stage) w
ON (r.complaint_id = w.complaint_id AND r.stage = w.stage)
WHEN MATCHED AND (r.prev_resident_on IS DISTINCT FROM w.pr OR r.next_resident_on IS DISTINCT FROM w.nr
        OR r.prev_home_on IS DISTINCT FROM w.ph OR r.next_home_on IS DISTINCT FROM w.nh)
    THEN UPDATE SET prev_resident_on = w.pr, next_resident_on = w.nr, prev_home_on = w.ph, next_home_on = w.nh;

-- the period's new complaints with their neighbours: both repeat figures from one index-only range scan
CREATE INDEX report_stage_repeats_idx ON report_stage (received_on, stage, kind, prev_resident_on, next_resident_on, prev_home_on,
    next_home_on);
-- a home's rows, to set their neighbours again when one of them is written (a resident's: report_stage_resident_idx)
CREATE INDEX report_stage_property_idx ON report_stage (property_key);
-- the groupings these replace
DROP INDEX report_stage_repeat_resident_idx;
DROP INDEX report_stage_repeat_property_idx;

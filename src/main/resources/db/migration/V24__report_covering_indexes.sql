-- Reporting at scale (docs/decisions/0018, docs/benchmarks.md): a landlord-year of figures is read from index ranges
-- alone. Each index below carries every column its queries read, so PostgreSQL answers them with index-only scans
-- instead of visiting hundreds of thousands of table rows; they replace the narrower indexes on the same dates.
-- Complaints received: counts by stage and kind, refusals (CH01), months, categories, trends
CREATE INDEX report_stage_received_cover_idx ON report_stage (received_on, stage, kind, refused_on, service_area, cause, team);
-- Repeat complainants and repeat homes among the period's new complaints (9.4)
CREATE INDEX report_stage_repeat_resident_idx ON report_stage (received_on, stage, kind, resident_id);
CREATE INDEX report_stage_repeat_property_idx ON report_stage (received_on, stage, kind, property_key);
-- Acknowledgements and their timeliness
CREATE INDEX report_stage_acknowledged_cover_idx ON report_stage (acknowledged_on, stage, kind, acknowledged_in_time);
-- Responses: timeliness (CH02), outcomes, extensions, remedies, compensation offered and actions promised
CREATE INDEX report_stage_responded_cover_idx ON report_stage (responded_on, stage, kind, decision, responded_in_time, extensions,
    remedies, financial_offered, outstanding_actions);
DROP INDEX report_stage_received_idx;
DROP INDEX report_stage_responded_idx;
DROP INDEX report_stage_acknowledged_idx;
DROP INDEX report_stage_tsm_received_idx;
DROP INDEX report_stage_tsm_responded_idx;

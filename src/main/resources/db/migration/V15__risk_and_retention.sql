-- Risk and vulnerability (2024 Code 6.1), legal holds and the retention policy, in the complaint projection. The events
-- stay the truth (RiskFlagsRecorded, LegalHoldPlaced/Lifted, PersonalDataAnonymised); these columns serve the queue and
-- the daily retention run. Portable across H2 2.x and PostgreSQL.

-- The queue priority: the weight of the most serious risk flag while the team has work on the case, else 0.
ALTER TABLE complaint ADD COLUMN priority INTEGER DEFAULT 0 NOT NULL;
-- The current flags by name, comma-separated, for the queue rows (null: none).
ALTER TABLE complaint ADD COLUMN risk_flags VARCHAR(500);
ALTER TABLE complaint ADD COLUMN legal_hold BOOLEAN DEFAULT FALSE NOT NULL;
-- When the case was finished (closed, refused, or answered and not taken further); null while work remains.
ALTER TABLE complaint ADD COLUMN closed_on DATE;
ALTER TABLE complaint ADD COLUMN anonymised_on DATE;

-- Cases finished before this migration: the date their last event was recorded. No step is dated in the future, so
-- this is at most a day (UTC against London) before the date they were finished, and usually after it. The retention
-- run only uses the column to find candidates and checks the exact date from the record before it removes anything;
-- the next change to a case writes its exact date.
UPDATE complaint SET closed_on = (
    SELECT CAST(MAX(e.occurred_at) AS DATE) FROM complaint_event e WHERE e.complaint_id = complaint.id)
WHERE status IN ('CLOSED', 'NOT_ACCEPTED', 'ESCALATION_REFUSED', 'RESPONDED');

-- The work queue sorts open cases by priority, most urgent first, then by next deadline: an index in that order lets
-- the page read its first rows straight from the index, as complaint_queue_idx does for the deadline alone.
CREATE INDEX complaint_priority_idx ON complaint (priority DESC, next_deadline);
-- The retention run's question: not yet anonymised, finished before the cut-off.
CREATE INDEX complaint_retention_idx ON complaint (anonymised_on, closed_on);

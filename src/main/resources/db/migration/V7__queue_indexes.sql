-- The staff work queue counts open cases (those with a next deadline) by stage, overdue and due soon, for everyone and
-- for one handler. With stage in the deadline indexes those counts are index-only scans of the open cases' entries
-- instead of reading their rows scattered through the table. The indexes keep their names and leading columns, so the
-- page queries (deadline order, a handler's cases) are served as before. Portable across H2 2.x and PostgreSQL.
DROP INDEX complaint_queue_idx;
CREATE INDEX complaint_queue_idx ON complaint (next_deadline, stage, status);
DROP INDEX complaint_handler_idx;
CREATE INDEX complaint_handler_idx ON complaint (handler, next_deadline, stage);

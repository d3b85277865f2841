-- Sign-in lock-out: failed sign-ins in a row, and when a lock (if any) ends. Portable across H2 2.x and PostgreSQL.
ALTER TABLE staff_account ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

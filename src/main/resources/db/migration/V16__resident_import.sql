-- Residents (records): a CSV file from the housing management system, kept between its dry run and "Apply these
-- changes" so what is applied is the file that was checked. Short-lived: the content is cleared when applied, and
-- files never applied are deleted after a day; who staged and who applied it stays.
CREATE TABLE resident_import (
    id         UUID                     NOT NULL PRIMARY KEY,
    file_name  VARCHAR(300),
    content    TEXT,
    staged_by  VARCHAR(64)              NOT NULL,
    staged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by VARCHAR(64),
    applied_at TIMESTAMP WITH TIME ZONE,
    result     VARCHAR(4000)
);
CREATE INDEX resident_import_staged_idx ON resident_import (staged_at);

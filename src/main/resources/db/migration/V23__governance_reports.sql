-- What the landlord writes into its governance reports (9.6, 9.7, 8.1, 8.2): the quarterly report for the governing body
-- and the annual complaints performance and service improvement report. Append-only: each save adds a version, the
-- latest is shown and earlier ones are kept. The figures are never stored here; they are counted when a report is made.
CREATE TABLE governance_report (
    kind                    VARCHAR(10)              NOT NULL,
    period_from             DATE                     NOT NULL,
    period_to               DATE                     NOT NULL,
    version                 INT                      NOT NULL,
    commentary              VARCHAR(20000),
    ombudsman_annual_report VARCHAR(20000),
    other_ombudsman_reports VARCHAR(20000),
    governing_body_response VARCHAR(20000),
    considered_on           DATE,
    recorded_by             VARCHAR(64)              NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, period_from, version)
);

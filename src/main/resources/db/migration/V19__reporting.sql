-- Reporting (reporting module): one row per complaint per stage it reached, derived from the complaint's record each
-- time it changes, in the same transaction. Dashboards, the Tenant Satisfaction Measures and the annual report read
-- these rows instead of replaying events, so a landlord-year answers from an index range. Rebuildable at any time;
-- the events are the truth. No personal data: the resident is only their record's id (for repeat complainants).
CREATE TABLE report_stage (
    complaint_id         UUID                     NOT NULL,
    stage                INT                      NOT NULL,
    reference            VARCHAR(20)              NOT NULL,
    kind                 VARCHAR(20)              NOT NULL,
    scheme               VARCHAR(20)              NOT NULL,
    channel              VARCHAR(20)              NOT NULL,
    status               VARCHAR(30)              NOT NULL,
    -- stage 1: the day the complaint was received; stage 2: the day escalation was asked for
    received_on          DATE                     NOT NULL,
    acknowledge_by       DATE,
    acknowledged_on      DATE,
    acknowledged_in_time BOOLEAN,
    respond_by           DATE,
    responded_on         DATE,
    responded_in_time    BOOLEAN,
    extensions           INT                      NOT NULL,
    extended_days        INT                      NOT NULL,
    refused_on           DATE,
    refusal_ground       VARCHAR(60),
    decision             VARCHAR(20),
    remedies             INT                      NOT NULL,
    financial_offered    NUMERIC(12, 2)           NOT NULL,
    outstanding_actions  INT                      NOT NULL,
    closed_on            DATE,
    risk_priority        INT                      NOT NULL,
    service_area         VARCHAR(60),
    cause                VARCHAR(60),
    team                 VARCHAR(120),
    resident_id          UUID,
    property_key         VARCHAR(300),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, stage)
);
CREATE INDEX report_stage_received_idx ON report_stage (received_on, stage);
CREATE INDEX report_stage_responded_idx ON report_stage (responded_on, stage);
CREATE INDEX report_stage_resident_idx ON report_stage (resident_id);

-- The Ombudsman register (ombudsman module): cases the Housing Ombudsman takes on, its determinations, orders,
-- recommendations and complaint handling failure orders, and the evidence of compliance (9.7 c). Every table is
-- append-only: a status change, a revised determination or a corrected compliance record is a new row; the current
-- state is the latest row. Each row says who recorded it and when.

CREATE TABLE ombudsman_case (
    id                  UUID                     NOT NULL PRIMARY KEY,
    ombudsman_reference VARCHAR(40)              NOT NULL,
    complaint_id        UUID                     NOT NULL,
    complaint_reference VARCHAR(20)              NOT NULL,
    referred_on         DATE                     NOT NULL,
    recorded_by         VARCHAR(64)              NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ombudsman_case_reference_once UNIQUE (ombudsman_reference)
);
CREATE INDEX ombudsman_case_referred_idx ON ombudsman_case (referred_on);
CREATE INDEX ombudsman_case_complaint_idx ON ombudsman_case (complaint_id);

-- REFERRED, INVESTIGATING, DETERMINED, CLOSED: the latest sequence is the case's status.
CREATE TABLE ombudsman_case_status (
    case_id     UUID                     NOT NULL,
    sequence    INT                      NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    changed_on  DATE                     NOT NULL,
    note        VARCHAR(2000),
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

-- A determination; a revised one (after the Ombudsman's review) is the next revision, the earlier stays.
CREATE TABLE ombudsman_determination (
    case_id       UUID                     NOT NULL,
    revision      INT                      NOT NULL,
    determined_on DATE                     NOT NULL,
    recorded_by   VARCHAR(64)              NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, revision)
);
CREATE INDEX ombudsman_determination_on_idx ON ombudsman_determination (determined_on);

-- One finding per element of the complaint the Ombudsman investigated, belonging to one revision.
CREATE TABLE ombudsman_finding (
    case_id       UUID          NOT NULL,
    revision      INT           NOT NULL,
    element_index INT           NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    finding       VARCHAR(30)   NOT NULL,
    PRIMARY KEY (case_id, revision, element_index)
);

-- Orders and recommendations with a determination, and complaint handling failure orders (any time).
CREATE TABLE ombudsman_order (
    id          UUID                     NOT NULL PRIMARY KEY,
    case_id     UUID                     NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    description VARCHAR(5000)            NOT NULL,
    made_on     DATE                     NOT NULL,
    due_on      DATE,
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ombudsman_order_case_idx ON ombudsman_order (case_id);
CREATE INDEX ombudsman_order_made_idx ON ombudsman_order (made_on);
CREATE INDEX ombudsman_order_due_idx ON ombudsman_order (due_on);

-- Evidence that an order was complied with; a correction is the next sequence.
CREATE TABLE ombudsman_compliance (
    order_id    UUID                     NOT NULL,
    sequence    INT                      NOT NULL,
    complied_on DATE                     NOT NULL,
    evidence    VARCHAR(5000)            NOT NULL,
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, sequence)
);

-- A reminder (due within a few working days) or an overdue alert for one order: at most one of each kind per order.
CREATE TABLE ombudsman_alert (
    id        UUID                     NOT NULL PRIMARY KEY,
    order_id  UUID                     NOT NULL,
    kind      VARCHAR(20)              NOT NULL,
    raised_on DATE                     NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ombudsman_alert_once UNIQUE (order_id, kind)
);

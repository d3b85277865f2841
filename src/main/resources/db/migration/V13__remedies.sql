-- Putting things right (remedies module). Every table is append-only: statuses, acknowledgements and corrections are
-- new rows, never updates of old ones (5.12).

-- The remedies module's own copy of the actions promised in responses (6.6, 6.17), fed by the complaint events in
-- their transaction; completed_on is set when the OutstandingActionCompleted event arrives. Seeded from the
-- complaints module's projection so actions promised before this module existed are followed too.
CREATE TABLE remedy_action (
    complaint_id UUID          NOT NULL,
    stage        INT           NOT NULL,
    action_index INT           NOT NULL,
    reference    VARCHAR(20)   NOT NULL,
    description  VARCHAR(5000) NOT NULL,
    due_on       DATE          NOT NULL,
    owner        VARCHAR(200),
    completed_on DATE,
    PRIMARY KEY (complaint_id, stage, action_index)
);
CREATE INDEX remedy_action_open_idx ON remedy_action (completed_on, due_on);
INSERT INTO remedy_action (complaint_id, stage, action_index, reference, description, due_on, owner, completed_on)
SELECT complaint_id, stage, action_index, reference, description, due_on, owner, completed_on FROM outstanding_action;

-- A reminder (due within a few working days) or an overdue alert for one action: at most one of each kind per action.
CREATE TABLE remedy_alert (
    id           UUID                     NOT NULL PRIMARY KEY,
    complaint_id UUID                     NOT NULL,
    stage        INT                      NOT NULL,
    action_index INT                      NOT NULL,
    kind         VARCHAR(20)              NOT NULL,
    raised_on    DATE                     NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT remedy_alert_once UNIQUE (complaint_id, stage, action_index, kind)
);

CREATE TABLE remedy_alert_acknowledgement (
    alert_id        UUID                     NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by VARCHAR(64)              NOT NULL,
    PRIMARY KEY (alert_id, acknowledged_at)
);

-- What happened to each remedy offered in a response (7.4): accepted or declined, then paid.
CREATE TABLE remedy_event (
    id           UUID                     NOT NULL PRIMARY KEY,
    complaint_id UUID                     NOT NULL,
    stage        INT                      NOT NULL,
    remedy_index INT                      NOT NULL,
    sequence     INT                      NOT NULL,
    event_type   VARCHAR(20)              NOT NULL,
    occurred_on  DATE                     NOT NULL,
    amount       DECIMAL(12, 2),
    payment_reference VARCHAR(200),
    reason       VARCHAR(5000),
    recorded_by  VARCHAR(64)              NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT remedy_event_order UNIQUE (complaint_id, stage, remedy_index, sequence)
);

-- The service-improvement register (9.1, 9.2).
CREATE TABLE service_improvement (
    id          UUID                     NOT NULL PRIMARY KEY,
    title       VARCHAR(300)             NOT NULL,
    description VARCHAR(10000)           NOT NULL,
    owner       VARCHAR(200)             NOT NULL,
    target_on   DATE,
    created_by  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE service_improvement_status (
    improvement_id UUID                     NOT NULL,
    sequence       INT                      NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    note           VARCHAR(5000),
    changed_by     VARCHAR(64)              NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (improvement_id, sequence)
);

-- What was learned from a complaint (9.1), and the improvements it led to.
CREATE TABLE complaint_learning (
    id           UUID                     NOT NULL PRIMARY KEY,
    complaint_id UUID                     NOT NULL,
    reference    VARCHAR(20)              NOT NULL,
    lesson       VARCHAR(10000)           NOT NULL,
    recorded_by  VARCHAR(64)              NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_learning_complaint_idx ON complaint_learning (complaint_id);

CREATE TABLE complaint_learning_improvement (
    learning_id    UUID NOT NULL,
    improvement_id UUID NOT NULL,
    PRIMARY KEY (learning_id, improvement_id)
);
CREATE INDEX complaint_learning_improvement_idx ON complaint_learning_improvement (improvement_id);

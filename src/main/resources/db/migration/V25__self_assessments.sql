-- The annual self-assessment against the Complaint Handling Code (selfassessment module, 2024 Code 8.1-8.4). Every
-- table is append-only: an answer changed is a new version, an action's progress is a new status row, the sign-off,
-- the governing body's consideration and the publication are recorded events. What an assessment says now is the
-- latest row of each; nothing is overwritten, and each row says who recorded it and when.

-- reason: ANNUAL, RESTRUCTURE (8.3) or OMBUDSMAN_INVESTIGATION (8.4). started_from: last year's assessment this one
-- started from (its answers carried over, its open actions carried forward); imported_from: the file name of an
-- uploaded form it started from.
CREATE TABLE self_assessment (
    id            UUID                     NOT NULL PRIMARY KEY,
    code_version  VARCHAR(10)              NOT NULL,
    period_start  DATE                     NOT NULL,
    period_end    DATE                     NOT NULL,
    reason        VARCHAR(30)              NOT NULL,
    started_from  UUID,
    imported_from VARCHAR(255),
    recorded_by   VARCHAR(64)              NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX self_assessment_period_idx ON self_assessment (period_end);

-- One version per change of a provision's answer; the highest version is the answer. carried_over marks an answer
-- copied from last year's assessment (or an imported form) that nobody has changed since. confirmed_percent is the
-- live evidence the person saw when confirming a "Yes" despite it.
CREATE TABLE self_assessment_answer (
    assessment_id        UUID                     NOT NULL,
    provision            VARCHAR(10)              NOT NULL,
    version              INT                      NOT NULL,
    comply               VARCHAR(20),
    evidence             VARCHAR(10000),
    commentary           VARCHAR(10000),
    alternative_approach VARCHAR(10000),
    confirmed_despite_evidence BOOLEAN            NOT NULL,
    confirmed_percent    DECIMAL(5, 1),
    carried_over         BOOLEAN                  NOT NULL,
    recorded_by          VARCHAR(64)              NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, provision, version)
);

-- An action to meet a provision; owner is a job title. carried_from is the action in last year's assessment this
-- one carries forward.
CREATE TABLE self_assessment_action (
    id            UUID                     NOT NULL PRIMARY KEY,
    assessment_id UUID                     NOT NULL,
    provision     VARCHAR(10)              NOT NULL,
    description   VARCHAR(2000)            NOT NULL,
    owner         VARCHAR(200)             NOT NULL,
    target_date   DATE,
    carried_from  UUID,
    recorded_by   VARCHAR(64)              NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX self_assessment_action_assessment_idx ON self_assessment_action (assessment_id);
CREATE INDEX self_assessment_action_carried_idx ON self_assessment_action (carried_from);

-- OPEN, IN_PROGRESS, COMPLETE (with the evidence it was done); the latest sequence is the action's status.
CREATE TABLE self_assessment_action_status (
    action_id           UUID                     NOT NULL,
    sequence            INT                      NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    completion_evidence VARCHAR(5000),
    recorded_by         VARCHAR(64)              NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (action_id, sequence)
);

-- SIGNED_OFF (by the complaints officer), GOVERNING_BODY (considered on, with its response) and PUBLISHED (on).
-- A correction is a later event of the same kind; the latest counts.
CREATE TABLE self_assessment_event (
    assessment_id UUID                     NOT NULL,
    sequence      INT                      NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    on_date       DATE                     NOT NULL,
    note          VARCHAR(10000),
    recorded_by   VARCHAR(64)              NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, sequence)
);

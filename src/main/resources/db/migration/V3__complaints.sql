-- The full record (5.12): every change to a complaint is an appended event, with who and when.
-- There is no UPDATE or DELETE of complaint_event anywhere in PutRight; corrections are new events.
CREATE TABLE complaint_event (
    complaint_id UUID                     NOT NULL,
    sequence     INT                      NOT NULL,
    event_type   VARCHAR(80)              NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    payload      VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

-- A projection of each complaint's current state for queues and search, written in the same transaction as its
-- events. It can be rebuilt from complaint_event at any time; the events are the truth.
CREATE TABLE complaint (
    id                UUID                     NOT NULL PRIMARY KEY,
    reference         VARCHAR(20)              NOT NULL UNIQUE,
    kind              VARCHAR(20)              NOT NULL,
    status            VARCHAR(30)              NOT NULL,
    stage             INT                      NOT NULL,
    scheme            VARCHAR(20)              NOT NULL,
    channel           VARCHAR(20)              NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_on       DATE                     NOT NULL,
    resident_name     VARCHAR(200)             NOT NULL,
    tenancy_reference VARCHAR(64),
    search_text       VARCHAR(600)             NOT NULL,
    handler           VARCHAR(64),
    next_step         VARCHAR(20),
    next_deadline     DATE,
    version           INT                      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_queue_idx ON complaint (next_deadline, status);
CREATE INDEX complaint_handler_idx ON complaint (handler, next_deadline);
CREATE INDEX complaint_status_idx ON complaint (status, stage);
CREATE INDEX complaint_received_idx ON complaint (received_on);
CREATE INDEX complaint_tenancy_idx ON complaint (tenancy_reference);

-- Human-friendly references, CMP-2026-000123: one counter a year.
CREATE TABLE reference_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
);

-- A retried create with the same Idempotency-Key returns the complaint the first request made.
CREATE TABLE idempotency_key (
    actor        VARCHAR(64)              NOT NULL,
    key_value    VARCHAR(200)             NOT NULL,
    request_hash VARCHAR(64)              NOT NULL,
    complaint_id UUID                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor, key_value)
);

-- The grounds in the landlord's policy on which a complaint may be refused (2.1). Grounds are retired, not deleted.
CREATE TABLE refusal_ground (
    code        VARCHAR(60)              NOT NULL PRIMARY KEY,
    label       VARCHAR(200)             NOT NULL,
    description VARCHAR(2000),
    active      BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL
);
INSERT INTO refusal_ground (code, label, description, active, created_at, created_by) VALUES
    ('OVER_12_MONTHS', 'The issue occurred more than 12 months ago',
     'The issue giving rise to the complaint occurred, or the resident became aware of it, over twelve months ago; discretion to accept it has been considered (2.3).',
     TRUE, CURRENT_TIMESTAMP, 'system'),
    ('LEGAL_PROCEEDINGS', 'Legal proceedings have started',
     'Legal proceedings about the issue have been started (a claim issued, or a pre-action protocol letter sent).',
     TRUE, CURRENT_TIMESTAMP, 'system'),
    ('PREVIOUSLY_CONSIDERED', 'The matter has already been considered under the complaints policy',
     'The same matter has previously been considered under the complaints policy.',
     TRUE, CURRENT_TIMESTAMP, 'system');

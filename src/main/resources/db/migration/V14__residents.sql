-- Residents (residents module). Current-state rows for the things we know about a resident, and beside them
-- resident_event: every change, read of special-category data, export and merge appended with who and when, never
-- updated (the audit trail). A complaint keeps its own copy of the resident as given at intake.

CREATE TABLE resident (
    id                 UUID                     NOT NULL PRIMARY KEY,
    tenancy_reference  VARCHAR(64),
    property_reference VARCHAR(64),
    name               VARCHAR(200)             NOT NULL,
    address_line1      VARCHAR(200),
    address_line2      VARCHAR(200),
    town               VARCHAR(100),
    postcode           VARCHAR(12),
    email              VARCHAR(320),
    phone              VARCHAR(40),
    preferred_contact  VARCHAR(10),
    -- JSON array of {name, relationship, dateOfBirth}
    household          VARCHAR(8000),
    -- how to find the same person or home again: lower-case email, and property reference or address line 1 + postcode
    email_key          VARCHAR(320),
    property_key       VARCHAR(300),
    name_key           VARCHAR(200)             NOT NULL,
    source             VARCHAR(20)              NOT NULL,
    merged_into        UUID,
    anonymised_on      DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INT                      NOT NULL,
    CONSTRAINT resident_tenancy_unique UNIQUE (tenancy_reference)
);
CREATE INDEX resident_email_idx ON resident (email_key);
CREATE INDEX resident_property_idx ON resident (property_key);
CREATE INDEX resident_name_idx ON resident (name_key);

-- The audit trail of everything done to or with a resident's data.
CREATE TABLE resident_event (
    resident_id UUID                     NOT NULL,
    sequence    INT                      NOT NULL,
    event_type  VARCHAR(80)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)              NOT NULL,
    payload     VARCHAR(100000)          NOT NULL,
    PRIMARY KEY (resident_id, sequence)
);

-- Which resident each complaint (or service request) belongs to: the resident's history, and the property's (5.4 2022).
CREATE TABLE resident_complaint (
    complaint_id UUID                     NOT NULL PRIMARY KEY,
    resident_id  UUID                     NOT NULL,
    reference    VARCHAR(20)              NOT NULL,
    received_on  DATE                     NOT NULL,
    summary      VARCHAR(300),
    matched_by   VARCHAR(20)              NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX resident_complaint_resident_idx ON resident_complaint (resident_id, received_on);

-- Someone acting for the resident with their consent (3.6): how and when it was given, its scope, its expiry, and who
-- the letters go to. A third party without consent is recorded with consent REQUESTED (1.3).
CREATE TABLE representative (
    id                UUID                     NOT NULL PRIMARY KEY,
    resident_id       UUID                     NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    relationship      VARCHAR(20)              NOT NULL,
    organisation      VARCHAR(200),
    email             VARCHAR(320),
    phone             VARCHAR(40),
    postal_address    VARCHAR(500),
    consent_status    VARCHAR(20)              NOT NULL,
    consent_how       VARCHAR(30),
    consent_given_on  DATE,
    scope             VARCHAR(20)              NOT NULL,
    complaint_id      UUID,
    expires_on        DATE,
    correspondence_to VARCHAR(30)              NOT NULL,
    withdrawn_on      DATE,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       VARCHAR(64)              NOT NULL
);
CREATE INDEX representative_resident_idx ON representative (resident_id);

-- Reasonable adjustments agreed with the resident (5.10), each kept under review.
CREATE TABLE adjustment (
    id          UUID                     NOT NULL PRIMARY KEY,
    resident_id UUID                     NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    detail      VARCHAR(2000),
    agreed_on   DATE                     NOT NULL,
    agreed_by   VARCHAR(64)              NOT NULL,
    review_on   DATE                     NOT NULL,
    ended_on    DATE,
    end_reason  VARCHAR(2000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX adjustment_resident_idx ON adjustment (resident_id);
CREATE INDEX adjustment_review_idx ON adjustment (ended_on, review_on);

CREATE TABLE adjustment_review (
    id             UUID                     NOT NULL PRIMARY KEY,
    adjustment_id  UUID                     NOT NULL,
    reviewed_on    DATE                     NOT NULL,
    reviewed_by    VARCHAR(64)              NOT NULL,
    outcome        VARCHAR(20)              NOT NULL,
    notes          VARCHAR(4000),
    next_review_on DATE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX adjustment_review_adjustment_idx ON adjustment_review (adjustment_id);

-- Disabilities as the resident disclosed them: special-category data, seen only by roles that need it.
CREATE TABLE disclosure (
    id             UUID                     NOT NULL PRIMARY KEY,
    resident_id    UUID                     NOT NULL,
    disclosed_text VARCHAR(4000)            NOT NULL,
    disclosed_on   DATE                     NOT NULL,
    disclosed_how  VARCHAR(40)              NOT NULL,
    recorded_by    VARCHAR(64)              NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disclosure_resident_idx ON disclosure (resident_id);

-- Every read of special-category data: who, when, and where it was shown.
CREATE TABLE special_category_read (
    id          UUID                     NOT NULL PRIMARY KEY,
    resident_id UUID                     NOT NULL,
    read_by     VARCHAR(64)              NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose     VARCHAR(200)             NOT NULL
);
CREATE INDEX special_category_read_resident_idx ON special_category_read (resident_id, read_at);

-- Contact restrictions for unacceptable behaviour (5.14): proportionate, approved, told to the resident, reviewed.
CREATE TABLE contact_restriction (
    id                      UUID                     NOT NULL PRIMARY KEY,
    resident_id             UUID                     NOT NULL,
    kinds                   VARCHAR(300)             NOT NULL,
    detail                  VARCHAR(2000),
    behaviour               VARCHAR(4000)            NOT NULL,
    evidence                VARCHAR(4000)            NOT NULL,
    proportionate_because   VARCHAR(4000)            NOT NULL,
    equality_considerations VARCHAR(4000)            NOT NULL,
    proposed_by             VARCHAR(64)              NOT NULL,
    approved_by             VARCHAR(64)              NOT NULL,
    approved_on             DATE                     NOT NULL,
    starts_on               DATE                     NOT NULL,
    review_on               DATE                     NOT NULL,
    ended_on                DATE,
    end_reason              VARCHAR(2000),
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_restriction_resident_idx ON contact_restriction (resident_id);
CREATE INDEX contact_restriction_review_idx ON contact_restriction (ended_on, review_on);

CREATE TABLE restriction_review (
    id             UUID                     NOT NULL PRIMARY KEY,
    restriction_id UUID                     NOT NULL,
    reviewed_on    DATE                     NOT NULL,
    reviewed_by    VARCHAR(64)              NOT NULL,
    outcome        VARCHAR(20)              NOT NULL,
    notes          VARCHAR(4000),
    next_review_on DATE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX restriction_review_restriction_idx ON restriction_review (restriction_id);

-- One reminder per review date of an adjustment or restriction.
CREATE TABLE review_reminder (
    item_kind   VARCHAR(20)              NOT NULL,
    item_id     UUID                     NOT NULL,
    review_on   DATE                     NOT NULL,
    reminded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_kind, item_id, review_on)
);

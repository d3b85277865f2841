-- Categories (complaints module): the landlord's own lists of service areas, causes and teams or contractors, which a
-- complaint is filed under (Categorised events) so themes and trends can be counted (9.4). Retired, never deleted: a
-- retired category keeps its label for the complaints already filed under it. Who added or retired each one is kept.
CREATE TABLE complaint_category (
    kind        VARCHAR(20)              NOT NULL,
    code        VARCHAR(60)              NOT NULL,
    label       VARCHAR(200)             NOT NULL,
    description VARCHAR(2000),
    active      BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE,
    retired_by  VARCHAR(64),
    PRIMARY KEY (kind, code)
);
INSERT INTO complaint_category (kind, code, label, description, active, created_at, created_by) VALUES
    ('SERVICE_AREA', 'REPAIRS', 'Repairs', 'Responsive repairs: reporting, appointments, the work itself.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'DAMP_AND_MOULD', 'Damp and mould', 'Damp, mould and condensation in the home.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'ANTI_SOCIAL_BEHAVIOUR', 'Anti-social behaviour', 'How reports of anti-social behaviour were handled.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'RENT_AND_CHARGES', 'Rent and service charges', 'Rent, service charges, arrears and payments.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'ESTATE_SERVICES', 'Estate services', 'Cleaning, grounds maintenance, communal areas.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'TENANCY_MANAGEMENT', 'Tenancy management', 'Tenancy matters, neighbour issues, lettings and moves.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'CUSTOMER_SERVICE', 'Customer service', 'Contact centre, correspondence, complaint handling itself.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('SERVICE_AREA', 'OTHER', 'Other', 'Anything not covered by another service area.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'DELAY', 'Delay', 'Something took too long or did not happen when promised.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'QUALITY_OF_WORK', 'Quality of work', 'The work or service was not done to a good standard.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'COMMUNICATION', 'Communication', 'The resident was not kept informed, or was told the wrong thing.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'STAFF_CONDUCT', 'Staff conduct', 'How staff or contractors behaved.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'POLICY', 'Policy', 'The resident disagrees with a policy or decision.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('CAUSE', 'OTHER', 'Other', 'Any other cause.', TRUE, CURRENT_TIMESTAMP, 'system'),
    ('TEAM', 'REPAIRS_TEAM', 'Repairs team', NULL, TRUE, CURRENT_TIMESTAMP, 'system'),
    ('TEAM', 'HOUSING_MANAGEMENT', 'Housing management', NULL, TRUE, CURRENT_TIMESTAMP, 'system'),
    ('TEAM', 'INCOME_TEAM', 'Income team', NULL, TRUE, CURRENT_TIMESTAMP, 'system'),
    ('TEAM', 'CUSTOMER_SERVICES', 'Customer services', NULL, TRUE, CURRENT_TIMESTAMP, 'system');

-- Figures for a period count each step on the day it happened: acknowledgements and refusals by their own dates (ranges
-- over these indexes, as received_on and responded_on already have)
CREATE INDEX report_stage_acknowledged_idx ON report_stage (acknowledged_on, stage);
CREATE INDEX report_stage_refused_idx ON report_stage (refused_on);
-- ... and payments, lessons and finished improvements (remedies module) by theirs
CREATE INDEX remedy_event_occurred_idx ON remedy_event (occurred_on);
CREATE INDEX complaint_learning_recorded_idx ON complaint_learning (recorded_at);
CREATE INDEX service_improvement_status_changed_idx ON service_improvement_status (changed_at);

-- Rows derived before this version lack the home's key (repeat properties); the rows are a projection, rebuildable at any
-- time, so they are dropped here and derived again from the record by ReportBackfill on the next start-up.
DELETE FROM report_stage;

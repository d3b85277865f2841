-- Actions promised in a response, tracked to completion across all cases (6.6, 6.17). A projection of the
-- StageResponded and OutstandingActionCompleted events, written in the same transaction as them; the events are the
-- truth. One row per action: its place in the stage's response, what was promised, when, and when it was done.
CREATE TABLE outstanding_action (
    complaint_id UUID          NOT NULL,
    stage        INT           NOT NULL,
    action_index INT           NOT NULL,
    reference    VARCHAR(20)   NOT NULL,
    description  VARCHAR(5000) NOT NULL,
    due_on       DATE          NOT NULL,
    completed_on DATE,
    PRIMARY KEY (complaint_id, stage, action_index)
);
-- Open (completed_on is null) and overdue (due_on before today) actions, in due order, from the index.
CREATE INDEX outstanding_action_open_idx ON outstanding_action (completed_on, due_on);

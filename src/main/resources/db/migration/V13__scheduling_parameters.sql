-- Scheduling parameters fitted to the organisation's own reviews (issue 18). One row per parameter set: the 21
-- FSRS-6 weights of one programme, how they were fitted and judged on held-out reviews, and their state:
-- PROPOSED (fitted but not applied: it did not predict held-out reviews better), ACTIVE (at most one per programme;
-- none means the defaults) or RETIRED (was active; a roll-back makes the set the active one replaced active again).
-- Rows are never deleted, so every review's parameter_version keeps naming the weights it was scheduled with.
-- A fitting job is one administrator's "Fit scheduling parameters" run: its progress is stored so that any page (and
-- any server of a cluster) can show it.
-- Ids come from the id_sequence table (row 'insight').

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('insight', 0);

CREATE TABLE scheduling_parameters (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    programme_key        VARCHAR(100)  NOT NULL,
    version              VARCHAR(64)   NOT NULL,
    -- the 21 weights, comma-separated, in FSRS-6 order
    weights              VARCHAR(1000) NOT NULL,
    state                VARCHAR(12)   NOT NULL,
    -- reviews of the programme the fit read, and the scored ones split in time for the held-out check
    reviews              INTEGER       NOT NULL,
    training_reviews     INTEGER       NOT NULL,
    held_out_reviews     INTEGER       NOT NULL,
    -- on the held-out reviews: the set active when it was fitted, and this set (fitted on the earlier reviews)
    log_loss_before      DOUBLE PRECISION,
    log_loss_after       DOUBLE PRECISION,
    rmse_bins_before     DOUBLE PRECISION,
    rmse_bins_after      DOUBLE PRECISION,
    -- the version that was active when this set was fitted (for the roll-back and the audit)
    replaced_version     VARCHAR(64)   NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    activated_at         TIMESTAMP,
    retired_at           TIMESTAMP,
    CONSTRAINT uq_scheduling_parameters_version UNIQUE (version)
);
CREATE INDEX ix_scheduling_parameters_programme ON scheduling_parameters (programme_key, state);

CREATE TABLE fitting_job (
    id              BIGINT        NOT NULL PRIMARY KEY,
    programme_key   VARCHAR(100)  NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    -- RUNNING, DONE or FAILED
    state           VARCHAR(12)   NOT NULL,
    -- 0..1, and what the job is doing, in words
    progress        DOUBLE PRECISION NOT NULL,
    stage           VARCHAR(200)  NOT NULL,
    finished_at     TIMESTAMP,
    result_version  VARCHAR(64),
    message         VARCHAR(1000),
    -- the programme while the run is RUNNING, null once it ends: the unique constraint lets only one run of a
    -- programme be in progress at a time, across every server, whoever clicks at the same moment
    running_programme VARCHAR(100),
    CONSTRAINT uq_fitting_job_running UNIQUE (running_programme)
);
CREATE INDEX ix_fitting_job_programme ON fitting_job (programme_key, requested_at);

-- Which weights scheduled each answer. Answers given before this column existed were all scheduled with the defaults.
ALTER TABLE review_log ADD COLUMN parameter_version VARCHAR(64) DEFAULT 'fsrs6-default' NOT NULL;

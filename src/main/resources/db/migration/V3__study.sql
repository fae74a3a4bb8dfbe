-- A trainee's study. The review log is append-only and the truth; memory_state is a cache that a replay of the log
-- rebuilds exactly. A presentation is one showing of a question to one learner; its answer is stored at most once
-- (the unique presentation_id in review_log), which is what makes double submissions harmless. Each log row keeps the
-- programme and desired retention it was scheduled for, so a replay gives the same states even after the curriculum
-- changed.
-- Ids come from the id_sequence table, 100 at a time (row 'study'), not from identity columns: under many concurrent
-- learners Derby's identity generators give up on their own catalog lock ("A lock could not be obtained", 40XL1).

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('study', 0);

CREATE TABLE learner_profile (
    account_id            BIGINT       NOT NULL PRIMARY KEY,
    programme_key         VARCHAR(100) NOT NULL,
    new_items_per_day     INTEGER      NOT NULL,
    time_zone             VARCHAR(64)  NOT NULL,
    keyboard_shortcuts    BOOLEAN      NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    CONSTRAINT fk_learner_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE presentation (
    id             BIGINT NOT NULL PRIMARY KEY,
    token          VARCHAR(43)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    question_id    BIGINT       NOT NULL,
    revision_id    BIGINT       NOT NULL,
    queue_reason   VARCHAR(20)  NOT NULL,
    presented_at   TIMESTAMP    NOT NULL,
    answered       BOOLEAN      NOT NULL,
    superseded     BOOLEAN      NOT NULL,
    CONSTRAINT uq_presentation_token UNIQUE (token),
    CONSTRAINT fk_presentation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_presentation_question FOREIGN KEY (question_id) REFERENCES bank_question (id),
    CONSTRAINT fk_presentation_revision FOREIGN KEY (revision_id) REFERENCES question_revision (id)
);

CREATE INDEX ix_presentation_open ON presentation (account_id, answered, superseded);

CREATE TABLE review_log (
    id                 BIGINT NOT NULL PRIMARY KEY,
    presentation_id    BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    question_id        BIGINT        NOT NULL,
    revision_id        BIGINT        NOT NULL,
    presented_at       TIMESTAMP     NOT NULL,
    answered_at        TIMESTAMP     NOT NULL,
    study_day          DATE          NOT NULL,
    response_ms        BIGINT        NOT NULL,
    response           VARCHAR(4000) NOT NULL,
    confidence         VARCHAR(12)   NOT NULL,
    correct            BOOLEAN       NOT NULL,
    rating             VARCHAR(8)    NOT NULL,
    confidently_wrong  BOOLEAN       NOT NULL,
    first_review       BOOLEAN       NOT NULL,
    due_after          TIMESTAMP     NOT NULL,
    programme_key      VARCHAR(100)  NOT NULL,
    desired_retention  DOUBLE PRECISION NOT NULL,
    CONSTRAINT uq_review_log_presentation UNIQUE (presentation_id),
    CONSTRAINT fk_review_log_presentation FOREIGN KEY (presentation_id) REFERENCES presentation (id),
    CONSTRAINT fk_review_log_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_review_log_question FOREIGN KEY (question_id) REFERENCES bank_question (id),
    CONSTRAINT fk_review_log_revision FOREIGN KEY (revision_id) REFERENCES question_revision (id)
);

CREATE INDEX ix_review_log_learner ON review_log (account_id, answered_at);
CREATE INDEX ix_review_log_question ON review_log (question_id);

CREATE TABLE memory_state (
    id              BIGINT NOT NULL PRIMARY KEY,
    account_id      BIGINT            NOT NULL,
    question_id     BIGINT            NOT NULL,
    phase           VARCHAR(12)       NOT NULL,
    step            INTEGER           NOT NULL,
    stability       DOUBLE PRECISION  NOT NULL,
    difficulty      DOUBLE PRECISION  NOT NULL,
    ease            DOUBLE PRECISION  NOT NULL,
    scheduled_days  INTEGER           NOT NULL,
    due_at          TIMESTAMP         NOT NULL,
    last_review_at  TIMESTAMP         NOT NULL,
    review_count    INTEGER           NOT NULL,
    lapses          INTEGER           NOT NULL,
    CONSTRAINT uq_memory_state UNIQUE (account_id, question_id),
    CONSTRAINT fk_memory_state_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_memory_state_question FOREIGN KEY (question_id) REFERENCES bank_question (id)
);

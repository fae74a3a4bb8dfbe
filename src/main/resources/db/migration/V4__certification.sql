-- Certification: final and renewal assessments, certificates, their signing keys, and the items a learner is sent
-- back to study (missed in an assessment, or fading after certification).
-- An attempt records the exact revisions drawn, so a later import cannot change what was assessed; every answer is
-- saved as it is given (attempt_item.response), so a reload or a restart loses nothing.
-- A certificate keeps the signed file it was issued as; revocation adds a reason and never deletes.
-- Ids come from the id_sequence table (row 'certification'), like the study tables, for the same reason.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('certification', 0);

CREATE TABLE signing_key (
    key_id       VARCHAR(16)   NOT NULL PRIMARY KEY,
    public_pem   VARCHAR(1000) NOT NULL,
    private_pem  VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    active       BOOLEAN       NOT NULL
);

CREATE TABLE assessment_attempt (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    token               VARCHAR(43)   NOT NULL,
    account_id          BIGINT        NOT NULL,
    programme_key       VARCHAR(100)  NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    curriculum_version  VARCHAR(64)   NOT NULL,
    pass_mark           DOUBLE PRECISION NOT NULL,
    all_safety_critical BOOLEAN       NOT NULL,
    started_at          TIMESTAMP     NOT NULL,
    time_limit_minutes  INTEGER,
    submitted_at        TIMESTAMP,
    correct_count       INTEGER,
    item_count          INTEGER       NOT NULL,
    passed              BOOLEAN,
    CONSTRAINT uq_attempt_token UNIQUE (token),
    CONSTRAINT fk_attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_attempt_learner ON assessment_attempt (account_id, programme_key);

CREATE TABLE attempt_item (
    id               BIGINT        NOT NULL PRIMARY KEY,
    attempt_id       BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    question_id      BIGINT        NOT NULL,
    revision_id      BIGINT        NOT NULL,
    module_key       VARCHAR(100)  NOT NULL,
    safety_critical  BOOLEAN       NOT NULL,
    response         VARCHAR(4000),
    answered_at      TIMESTAMP,
    flagged          BOOLEAN       NOT NULL,
    correct          BOOLEAN,
    CONSTRAINT uq_attempt_item UNIQUE (attempt_id, position),
    CONSTRAINT fk_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES assessment_attempt (id),
    CONSTRAINT fk_attempt_item_question FOREIGN KEY (question_id) REFERENCES bank_question (id),
    CONSTRAINT fk_attempt_item_revision FOREIGN KEY (revision_id) REFERENCES question_revision (id)
);

-- Extra minutes a manager granted one person for a programme's timed assessments (an accommodation).
CREATE TABLE time_extension (
    account_id     BIGINT        NOT NULL,
    programme_key  VARCHAR(100)  NOT NULL,
    extra_minutes  INTEGER       NOT NULL,
    granted_by     VARCHAR(100)  NOT NULL,
    granted_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_time_extension PRIMARY KEY (account_id, programme_key),
    CONSTRAINT fk_time_extension_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A manager's decision that one person may start afresh on a programme's assessment (attempts used up, or a new
-- start wanted): attempts before reset_at no longer count toward the limit or the cooldown.
CREATE TABLE attempt_reset (
    account_id     BIGINT        NOT NULL,
    programme_key  VARCHAR(100)  NOT NULL,
    reset_at       TIMESTAMP     NOT NULL,
    reset_by       VARCHAR(100)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_attempt_reset PRIMARY KEY (account_id, programme_key),
    CONSTRAINT fk_attempt_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE certificate (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    code               VARCHAR(20)    NOT NULL,
    account_id         BIGINT         NOT NULL,
    programme_key      VARCHAR(100)   NOT NULL,
    attempt_id         BIGINT         NOT NULL,
    holder_name        VARCHAR(200)   NOT NULL,
    programme_title    VARCHAR(300)   NOT NULL,
    issued_on          DATE           NOT NULL,
    expires_on         DATE           NOT NULL,
    issued_at          TIMESTAMP      NOT NULL,
    key_id             VARCHAR(16)    NOT NULL,
    signed_file        VARCHAR(32000) NOT NULL,
    revoked_at         TIMESTAMP,
    revoked_by         VARCHAR(100),
    revocation_reason  VARCHAR(1000),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES assessment_attempt (id),
    CONSTRAINT fk_certificate_key FOREIGN KEY (key_id) REFERENCES signing_key (key_id)
);

CREATE INDEX ix_certificate_holder ON certificate (account_id, programme_key);

-- Items brought forward in a learner's study queue: due from `since` until the learner reviews them after it.
CREATE TABLE study_refresher (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    question_id  BIGINT       NOT NULL,
    reason       VARCHAR(20)  NOT NULL,
    since        TIMESTAMP    NOT NULL,
    CONSTRAINT uq_study_refresher UNIQUE (account_id, question_id),
    CONSTRAINT fk_study_refresher_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_study_refresher_question FOREIGN KEY (question_id) REFERENCES bank_question (id)
);

-- Question banks imported from the files under questions/. Questions keep their identity across imports; every
-- change of content is a new immutable revision; a question removed from the files is retired, never deleted.
-- Ids come from a table generator allocated 500 at a time (portable across Derby and PostgreSQL), rather than
-- identity columns, so a large import can insert in JDBC batches.

CREATE TABLE id_sequence (
    seq_name   VARCHAR(50) NOT NULL PRIMARY KEY,
    seq_count  BIGINT      NOT NULL
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('bank', 0);

CREATE TABLE bank_import (
    id             BIGINT        NOT NULL PRIMARY KEY,
    started_at     TIMESTAMP     NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    files          INTEGER       NOT NULL,
    questions      INTEGER       NOT NULL,
    added          INTEGER       NOT NULL,
    revised        INTEGER       NOT NULL,
    retired        INTEGER       NOT NULL,
    unchanged      INTEGER       NOT NULL,
    problem_count  INTEGER       NOT NULL,
    problems       VARCHAR(32000),
    curriculum     VARCHAR(32000)
);

CREATE INDEX ix_bank_import_started_at ON bank_import (started_at);

CREATE TABLE bank_module (
    id           BIGINT        NOT NULL PRIMARY KEY,
    module_key   VARCHAR(100)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    description  VARCHAR(4000),
    retired      BOOLEAN       NOT NULL,
    CONSTRAINT uq_bank_module_key UNIQUE (module_key)
);

CREATE TABLE bank_question (
    id                BIGINT        NOT NULL PRIMARY KEY,
    question_key      VARCHAR(100)  NOT NULL,
    module_key        VARCHAR(100)  NOT NULL,
    current_revision  INTEGER       NOT NULL,
    retired           BOOLEAN       NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    retired_at        TIMESTAMP,
    CONSTRAINT uq_bank_question_key UNIQUE (question_key)
);

CREATE TABLE question_revision (
    id               BIGINT         NOT NULL PRIMARY KEY,
    question_id      BIGINT         NOT NULL,
    revision_number  INTEGER        NOT NULL,
    fingerprint      VARCHAR(64)    NOT NULL,
    question_type    VARCHAR(30)    NOT NULL,
    safety_critical  BOOLEAN        NOT NULL,
    module_key       VARCHAR(100)   NOT NULL,
    content          VARCHAR(32000) NOT NULL,
    import_id        BIGINT         NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    CONSTRAINT uq_question_revision UNIQUE (question_id, revision_number),
    CONSTRAINT fk_question_revision_question FOREIGN KEY (question_id) REFERENCES bank_question (id),
    CONSTRAINT fk_question_revision_import FOREIGN KEY (import_id) REFERENCES bank_import (id)
);

-- Authoring in the browser (issue 16). Portable SQL: Derby and PostgreSQL both run it (EntityRoundTripIT).
--
-- What SQL cannot compute is filled at start-up, not here: the list columns tags, search_text and stem_preview
-- and each revision's metadata_fingerprint come from the revision's stored content parsed by the bank's own
-- parser, and from the same code the import uses to fill them for new rows (bank.service.StoredBankBackfill,
-- the start-up phase "bank backfill", which fills rows where they are still NULL). See that class for why.

-- Who published a revision: the files (every import so far) or the web's four-eyes review, recorded as a one-
-- question import of its own so that every revision keeps naming an import and the study catalog, which reloads
-- when the newest applied import changes, sees a publication at once. The folder a FILES import read is where an
-- export writes the modules back.
ALTER TABLE bank_import ADD COLUMN kind VARCHAR(10) DEFAULT 'FILES' NOT NULL;
ALTER TABLE bank_import ADD COLUMN folder VARCHAR(1000);

-- The second fingerprint, over what the content fingerprint leaves out (objective, tags, difficulty, expected
-- time), so that a file that only changes tags is a new revision; and the review of a web revision.
ALTER TABLE question_revision ADD COLUMN metadata_fingerprint VARCHAR(64);
ALTER TABLE question_revision ADD COLUMN authors VARCHAR(4000);
ALTER TABLE question_revision ADD COLUMN review_comment VARCHAR(4000);
ALTER TABLE question_revision ADD COLUMN approved_by VARCHAR(64);

-- The question list reads one row per question: these copy what it filters, sorts and shows from the current
-- revision (or, for a question never published, from its draft), so a 10,000-question bank's first page needs no
-- join to the revisions and no parsing. tags is ' tag1 tag2 ' (matched with LIKE '% tag %'), search_text the
-- lower-cased stem, options, pairs, items and accepted answers.
ALTER TABLE bank_question ADD COLUMN question_type VARCHAR(30);
ALTER TABLE bank_question ADD COLUMN safety_critical BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bank_question ADD COLUMN tags VARCHAR(2000);
ALTER TABLE bank_question ADD COLUMN search_text VARCHAR(32000);
ALTER TABLE bank_question ADD COLUMN stem_preview VARCHAR(400);
ALTER TABLE bank_question ADD COLUMN last_changed TIMESTAMP;
-- Changed in the web (published, retired, reinstated, re-tagged) and not yet written to the files by an export:
-- a file import that disagrees with such a question is refused.
ALTER TABLE bank_question ADD COLUMN pending_export BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE bank_question SET
    question_type = (SELECT r.question_type FROM question_revision r
                     WHERE r.question_id = bank_question.id AND r.revision_number = bank_question.current_revision),
    safety_critical = COALESCE((SELECT r.safety_critical FROM question_revision r
                     WHERE r.question_id = bank_question.id AND r.revision_number = bank_question.current_revision),
                     FALSE),
    last_changed = COALESCE(retired_at, (SELECT r.created_at FROM question_revision r
                     WHERE r.question_id = bank_question.id AND r.revision_number = bank_question.current_revision),
                     created_at);

CREATE INDEX ix_bank_question_module ON bank_question (module_key, question_key);
CREATE INDEX ix_bank_question_changed ON bank_question (last_changed);
CREATE INDEX ix_bank_question_pending ON bank_question (pending_export);
-- The question page counts the assessment items that named any revision of a question. Derby already indexes a
-- foreign key's columns and skips this one with a warning (as V3's review-log index); PostgreSQL needs it.
CREATE INDEX ix_attempt_item_question ON attempt_item (question_id);

-- The one open draft of a question (a new question's draft included: its bank_question row, at revision 0, holds
-- its id from the first save). content is the draft serialized losslessly (bank.authoring.DraftDocument); authors
-- are everyone who saved it, one username a line; version increases at every change, so a save or transition that
-- names an older one is refused.
CREATE TABLE question_draft (
    id              BIGINT         NOT NULL PRIMARY KEY,
    question_id     BIGINT         NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    base_revision   INTEGER        NOT NULL,
    content         VARCHAR(32000) NOT NULL,
    authors         VARCHAR(4000)  NOT NULL,
    return_comment  VARCHAR(4000),
    version         BIGINT         NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    updated_by      VARCHAR(64)    NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    submitted_by    VARCHAR(64),
    submitted_at    TIMESTAMP,
    CONSTRAINT uq_question_draft_question UNIQUE (question_id),
    CONSTRAINT fk_question_draft_question FOREIGN KEY (question_id) REFERENCES bank_question (id)
);

-- Reminder and digest mails (issue 17, point 5).
--
-- mail_ledger is the sent-mail ledger and the outbox in one: a row is written in the same transaction that decides
-- a mail is owed, BEFORE anything is sent, and its unique key (person, programme, kind, occasion, days before) is
-- what stops a second run, a restart or a second server from deciding the same mail again: the losing insert
-- fails, whatever either of them read first. Rows are never deleted; they are what the outbox page lists.
-- status: OUTBOX (no SMTP configured: kept for the outbox page only), PENDING (to be sent), SENDING (claimed by one
-- run), SENT, FAILED (retried at the next run). programme_key holds '-' for a digest, which spans programmes.
CREATE TABLE mail_ledger (
    id             BIGINT         NOT NULL PRIMARY KEY,
    account_id     BIGINT         NOT NULL,
    programme_key  VARCHAR(100)   NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    occasion_date  DATE           NOT NULL,
    days_before    INTEGER        NOT NULL,
    decided_at     TIMESTAMP      NOT NULL,
    recipient      VARCHAR(254)   NOT NULL,
    subject        VARCHAR(400)   NOT NULL,
    body_text      VARCHAR(32000) NOT NULL,
    body_html      VARCHAR(32000) NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    attempts       INTEGER        NOT NULL,
    claimed_at     TIMESTAMP,
    sent_at        TIMESTAMP,
    last_error     VARCHAR(1000),
    CONSTRAINT uq_mail_ledger_occasion UNIQUE (account_id, programme_key, kind, occasion_date, days_before),
    CONSTRAINT fk_mail_ledger_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_mail_ledger_status ON mail_ledger (status);
CREATE INDEX ix_mail_ledger_decided ON mail_ledger (decided_at);

-- Whether a person gets the optional mails (refresher nudges, a manager's digest), and the random token of their
-- unsubscribe link. A person without a row gets them; the row is made when their first optional mail is written.
CREATE TABLE mail_preference (
    account_id         BIGINT       NOT NULL PRIMARY KEY,
    optional_mails     BOOLEAN      NOT NULL,
    unsubscribe_token  VARCHAR(64)  NOT NULL,
    changed_at         TIMESTAMP    NOT NULL,
    CONSTRAINT uq_mail_preference_token UNIQUE (unsubscribe_token),
    CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id)
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('mail', 0);

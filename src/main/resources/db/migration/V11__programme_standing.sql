-- Where each trainee stands in each programme, as the certification rules last evaluated it: a copy kept so that
-- managers' reports, dashboards and exports over thousands of people read one row per person and programme instead
-- of replaying every person's answers. The truth stays in the answers, attempts and certificates: a row is used only
-- while it is still right (evaluated after the person's last change, with the bank it was evaluated with, before
-- valid_until: the next midnight of the organisation, or the end of an assessment cooldown); anyone else is
-- evaluated afresh. A scheduled refresh keeps the rows current; nothing else depends on them.

CREATE TABLE programme_standing (
    account_id          BIGINT        NOT NULL,
    programme_key       VARCHAR(100)  NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    learned_percent     INTEGER       NOT NULL,
    issued_on           DATE,
    valid_through       DATE,
    certificate_code    VARCHAR(40),
    certificate_status  VARCHAR(16),
    attempts_verdict    VARCHAR(20)   NOT NULL,
    last_activity       TIMESTAMP,
    evaluated_at        TIMESTAMP     NOT NULL,
    valid_until         TIMESTAMP     NOT NULL,
    bank_version        BIGINT        NOT NULL,
    CONSTRAINT pk_programme_standing PRIMARY KEY (account_id, programme_key),
    CONSTRAINT fk_programme_standing_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Whose answers changed since a time, without reading everyone's.
CREATE INDEX ix_review_log_answered ON review_log (answered_at);

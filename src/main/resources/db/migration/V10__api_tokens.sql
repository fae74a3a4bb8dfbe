-- API tokens for HR systems (the JSON API under /api/v1): an administrator creates one with a name, the departments
-- it may read and an optional last day; the secret is shown once and only its SHA-256 is kept. A token acts with
-- the authority of the administrator who created it (created_by_account), narrowed to its departments, so it stops
-- working when that account is disabled or loses the administrator role. Revoked tokens are kept (revoked_at), never
-- deleted, so the audit trail's entries keep their subject.
-- Ids come from the id_sequence table (row 'api').

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('api', 0);

CREATE TABLE api_token (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(80)   NOT NULL,
    -- SHA-256 of the whole token as sent, lower-case hex
    secret_hash         VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_by_account  BIGINT        NOT NULL,
    -- the last day the token works (in the organisation's time zone); null: until revoked
    expires_on          DATE,
    last_used_at        TIMESTAMP,
    revoked_at          TIMESTAMP,
    revoked_by          VARCHAR(64),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (created_by_account) REFERENCES account (id)
);

CREATE TABLE api_token_department (
    token_id       BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    CONSTRAINT pk_api_token_department PRIMARY KEY (token_id, department_id),
    CONSTRAINT fk_api_token_department_token FOREIGN KEY (token_id) REFERENCES api_token (id),
    CONSTRAINT fk_api_token_department_department FOREIGN KEY (department_id) REFERENCES department (id)
);

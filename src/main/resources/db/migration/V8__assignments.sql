-- Compliance assignments: a programme assigned to a role and/or a department, or to named people, with a due-date
-- schedule. person_assignment is the history of who had which assignment when: a row opens when the person gains
-- it (joins the department, takes the role, is named, or the assignment is created) and closes when it stops
-- applying (they leave, lose the role, the assignment ends); rows are closed, never deleted, so trends and audits
-- can ask "who was assigned at the end of March". A person who leaves and rejoins gets a new row.
-- Ids come from the id_sequence table (row 'compliance'), like the study tables.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('compliance', 0);

-- The day a person started (their employment or post), for schedules relative to it; null: the account's creation.
ALTER TABLE account ADD COLUMN start_date DATE;

CREATE TABLE assignment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    programme_key   VARCHAR(100)  NOT NULL,
    -- null: people of any role (with a department or named people given)
    role            VARCHAR(20),
    -- null: people of any department (with a role or named people given)
    department_id   BIGINT,
    -- FIXED_DATE, AFTER_START or ROLLING (compliance.DueSchedule)
    schedule_kind   VARCHAR(12)   NOT NULL,
    fixed_date      DATE,
    yearly          BOOLEAN       NOT NULL,
    days            INTEGER,
    -- EXPIRY or ISSUE for ROLLING
    anchor          VARCHAR(10),
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    ended_at        TIMESTAMP,
    ended_by        VARCHAR(64),
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES department (id)
);

-- People named on an assignment, besides (or instead of) its role and department.
CREATE TABLE assignment_person (
    assignment_id  BIGINT NOT NULL,
    account_id     BIGINT NOT NULL,
    CONSTRAINT pk_assignment_person PRIMARY KEY (assignment_id, account_id),
    CONSTRAINT fk_assignment_person_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_assignment_person_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE person_assignment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    assignment_id  BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    programme_key  VARCHAR(100)  NOT NULL,
    opened_at      TIMESTAMP     NOT NULL,
    closed_at      TIMESTAMP,
    closed_reason  VARCHAR(200),
    CONSTRAINT fk_person_assignment_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
    CONSTRAINT fk_person_assignment_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_person_assignment_account ON person_assignment (account_id, closed_at);
CREATE INDEX ix_person_assignment_programme ON person_assignment (programme_key, closed_at);

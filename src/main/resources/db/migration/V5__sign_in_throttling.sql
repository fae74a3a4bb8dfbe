-- Sign-in throttling that resists deliberate lockout (issue #13). The 15-minute lock after five failures is gone:
-- per-address limits and per account-and-address delays live in the server's memory, and the account keeps only
-- the ceiling on failures from all addresses (failed_sign_ins counted since failures_since), the time it locked
-- the account (locked_at), and where it last signed in from, the one address a locked account still opens from.
-- Portable SQL: the same file runs on Derby and PostgreSQL.

ALTER TABLE account ADD COLUMN failures_since TIMESTAMP;
ALTER TABLE account ADD COLUMN locked_at TIMESTAMP;
ALTER TABLE account ADD COLUMN last_sign_in_from VARCHAR(64);
UPDATE account SET failed_sign_ins = 0;
ALTER TABLE account DROP COLUMN locked_until;

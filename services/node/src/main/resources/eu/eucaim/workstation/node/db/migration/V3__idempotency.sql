-- Creates a client may retry with the same Idempotency-Key: the first request's reply, kept for 24 hours
-- (http.Idempotency). Portable SQL (H2 2.3 and PostgreSQL 15). status 0 = still running.
CREATE TABLE idempotency_key (
    owner      VARCHAR(512)  NOT NULL,
    idem_key   VARCHAR(255)  NOT NULL,
    request    VARCHAR(64)   NOT NULL,
    status     INTEGER       NOT NULL,
    body       TEXT,
    location   VARCHAR(2048),
    created_at BIGINT        NOT NULL,
    PRIMARY KEY (owner, idem_key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);

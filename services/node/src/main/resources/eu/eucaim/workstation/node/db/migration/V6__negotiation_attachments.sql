-- Files attached to a negotiation (the access form's documents, access conditions): the bytes on disk in the node's
-- data folder (attachments/<negotiation>/<id>), their SHA-256 here. Portable SQL (H2 2.3 and PostgreSQL 15).
CREATE TABLE negotiation_attachment (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    negotiation_id  VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    organization_id VARCHAR(64),
    name            VARCHAR(256) NOT NULL,
    content_type    VARCHAR(128) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    person_id       BIGINT       NOT NULL REFERENCES negotiator_person (id),
    created_at      BIGINT       NOT NULL
);

CREATE INDEX negotiation_attachment_negotiation ON negotiation_attachment (negotiation_id, created_at);

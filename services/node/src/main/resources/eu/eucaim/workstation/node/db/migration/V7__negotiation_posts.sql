-- Messages in a negotiation (negotiator package): PUBLIC to every party, PRIVATE between the researcher and one
-- organisation (a biobank). Portable SQL (H2 2.3 and PostgreSQL 15).
CREATE TABLE negotiation_post (
    id              VARCHAR(64) NOT NULL PRIMARY KEY,
    negotiation_id  VARCHAR(64) NOT NULL REFERENCES negotiation (id),
    person_id       BIGINT      NOT NULL REFERENCES negotiator_person (id),
    post_type       VARCHAR(16) NOT NULL,
    organization_id VARCHAR(64),
    text            TEXT        NOT NULL,
    created_at      BIGINT      NOT NULL
);

CREATE INDEX negotiation_post_negotiation ON negotiation_post (negotiation_id, created_at);

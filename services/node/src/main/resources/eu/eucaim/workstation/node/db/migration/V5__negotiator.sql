-- The node's BBMRI-ERIC Negotiator v3 (negotiator package): people as the Negotiator numbers them, requests handed
-- over by a catalogue, negotiations with their resources (datasets) and timeline. Portable SQL (H2 2.3 and
-- PostgreSQL 15). Times are epoch milliseconds (UTC); the API writes them as local date-times.

-- Everyone who has called the Negotiator API, numbered as upstream (from 10000): author and representative ids.
CREATE TABLE negotiator_person (
    id         BIGINT        NOT NULL PRIMARY KEY,
    account    VARCHAR(512)  NOT NULL UNIQUE,
    subject_id VARCHAR(512)  NOT NULL,
    name       VARCHAR(256)  NOT NULL,
    email      VARCHAR(256),
    last_login BIGINT
);

-- A selection handed over by a discovery service (POST /v3/requests); gone once a negotiation is made from it.
CREATE TABLE negotiator_request (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    url            VARCHAR(2048) NOT NULL,
    human_readable TEXT          NOT NULL,
    created_at     BIGINT        NOT NULL
);

CREATE TABLE negotiator_request_resource (
    request_id VARCHAR(64) NOT NULL REFERENCES negotiator_request (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    dataset_id VARCHAR(64) NOT NULL REFERENCES dataset (id),
    PRIMARY KEY (request_id, position)
);

CREATE TABLE negotiation (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_id     BIGINT       NOT NULL UNIQUE,
    author_id      BIGINT       NOT NULL REFERENCES negotiator_person (id),
    payload        TEXT         NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    human_readable TEXT         NOT NULL,
    request_url    VARCHAR(2048) NOT NULL,
    public_posts   BOOLEAN      NOT NULL,
    private_posts  BOOLEAN      NOT NULL,
    created_at     BIGINT       NOT NULL,
    modified_at    BIGINT       NOT NULL
);

CREATE INDEX negotiation_author ON negotiation (author_id, created_at);

-- The datasets of a negotiation, each with its own state (the resource lifecycle).
CREATE TABLE negotiation_resource (
    negotiation_id VARCHAR(64) NOT NULL REFERENCES negotiation (id),
    position       INTEGER     NOT NULL,
    dataset_id     VARCHAR(64) NOT NULL REFERENCES dataset (id),
    state          VARCHAR(64),
    PRIMARY KEY (negotiation_id, position)
);

CREATE INDEX negotiation_resource_dataset ON negotiation_resource (dataset_id);

-- The timeline: every state change, with who and when.
CREATE TABLE negotiation_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    person_id      BIGINT       NOT NULL REFERENCES negotiator_person (id),
    text           TEXT         NOT NULL,
    at             BIGINT       NOT NULL
);

CREATE INDEX negotiation_event_negotiation ON negotiation_event (negotiation_id, id);

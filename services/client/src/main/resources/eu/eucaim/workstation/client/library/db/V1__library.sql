-- The offline library's index. A row in instance means: its file is complete at instances/<hash>.dcm.
-- Times are epoch milliseconds.

-- A study is known before its first instance when it is pinned or its series count is told first.
CREATE TABLE study (
    study_uid       VARCHAR(64) PRIMARY KEY,
    patient_id      VARCHAR(256) NOT NULL DEFAULT '',
    patient_name    VARCHAR(512) NOT NULL DEFAULT '',
    study_date      VARCHAR(16) NOT NULL DEFAULT '',
    description     VARCHAR(512) NOT NULL DEFAULT '',
    pinned          BOOLEAN NOT NULL DEFAULT FALSE,
    expected_series INT,
    last_used       BIGINT NOT NULL
);

CREATE TABLE series (
    series_uid         VARCHAR(64) PRIMARY KEY,
    study_uid          VARCHAR(64) NOT NULL REFERENCES study (study_uid) ON DELETE CASCADE,
    modality           VARCHAR(16) NOT NULL DEFAULT '',
    description        VARCHAR(512) NOT NULL DEFAULT '',
    series_number      INT NOT NULL DEFAULT 0,
    expected_instances INT
);
CREATE INDEX series_study ON series (study_uid);

CREATE TABLE instance (
    sop_uid           VARCHAR(64) PRIMARY KEY,
    series_uid        VARCHAR(64) NOT NULL REFERENCES series (series_uid) ON DELETE CASCADE,
    file_name         VARCHAR(80) NOT NULL UNIQUE,
    bytes             BIGINT NOT NULL,
    instance_number   INT NOT NULL DEFAULT 0,
    source_name       VARCHAR(256) NOT NULL,
    source_url        VARCHAR(2048) NOT NULL,
    dataset_id        VARCHAR(256),
    access_conditions VARCHAR(1024) NOT NULL DEFAULT '',
    stored_at         BIGINT NOT NULL
);
CREATE INDEX instance_series ON instance (series_uid);

-- Portable SQL: runs unchanged on H2 2.3 and PostgreSQL 15 (no TEXT, no identity columns, no vendor functions).

-- What this database holds: the demo seed, the generator version, the number of datasets asked for.
CREATE TABLE node_meta (
    meta_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    meta_value VARCHAR(512) NOT NULL
);

CREATE TABLE network (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    name        VARCHAR(256)  NOT NULL,
    description VARCHAR(4000) NOT NULL
);

CREATE TABLE biobank (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    network_id  VARCHAR(64)   NOT NULL REFERENCES network (id),
    name        VARCHAR(256)  NOT NULL,
    country     CHAR(2)       NOT NULL,
    city        VARCHAR(128)  NOT NULL,
    description VARCHAR(4000) NOT NULL
);

-- One row per dataset; the publisher is the biobank, the network is the biobank's.
CREATE TABLE dataset (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    biobank_id          VARCHAR(64)   NOT NULL REFERENCES biobank (id),
    title               VARCHAR(512)  NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    version             VARCHAR(32)   NOT NULL,
    dataset_type        VARCHAR(128)  NOT NULL,
    access_rights       VARCHAR(16)   NOT NULL,
    contact_name        VARCHAR(256)  NOT NULL,
    contact_email       VARCHAR(256)  NOT NULL,
    subjects            INTEGER       NOT NULL,
    studies             INTEGER       NOT NULL,
    min_typical_age     INTEGER,
    max_typical_age     INTEGER,
    provenance          VARCHAR(4000) NOT NULL,
    temporal_start      DATE,
    temporal_end        DATE,
    segmentations       INTEGER       NOT NULL,
    licence             VARCHAR(128)  NOT NULL,
    observational_study BOOLEAN       NOT NULL,
    CONSTRAINT dataset_access_rights CHECK (access_rights IN ('PUBLIC', 'RESTRICTED', 'NON_PUBLIC'))
);
CREATE INDEX dataset_biobank ON dataset (biobank_id);

-- The list-valued fields of a dataset, one row per value, in their order. kind is one of:
-- access_condition, birth_sex, condition (code + label), modality, manufacturer, body_part, keyword, annotation_label.
-- One narrow table keeps every list queryable ("datasets with modality MR") without eight near-identical tables.
CREATE TABLE dataset_term (
    dataset_id VARCHAR(64)  NOT NULL REFERENCES dataset (id),
    kind       VARCHAR(32)  NOT NULL,
    position   INTEGER      NOT NULL,
    code       VARCHAR(256) NOT NULL,
    label      VARCHAR(256),
    PRIMARY KEY (dataset_id, kind, position),
    CONSTRAINT dataset_term_kind CHECK (kind IN ('access_condition', 'birth_sex', 'condition', 'modality',
        'manufacturer', 'body_part', 'keyword', 'annotation_label'))
);
CREATE INDEX dataset_term_kind_code ON dataset_term (kind, code);

-- The synthetic cohort behind each dataset, in the federated search's vocabularies:
-- sex male|female|other|unknown; diagnosis_code SNOMEDCT-prefixed; body_part lower-case;
-- modality MR|CT|PET|SPECT (plus MG, US, CR, DX); manufacturer names as published (Siemens, General Electric, ...).
CREATE TABLE subject (
    id                BIGINT      NOT NULL PRIMARY KEY,
    dataset_id        VARCHAR(64) NOT NULL REFERENCES dataset (id),
    sex               VARCHAR(16) NOT NULL,
    age_at_diagnosis  INTEGER     NOT NULL,
    diagnosis_code    VARCHAR(32) NOT NULL,
    year_of_diagnosis INTEGER     NOT NULL,
    CONSTRAINT subject_sex CHECK (sex IN ('male', 'female', 'other', 'unknown'))
);
CREATE INDEX subject_dataset ON subject (dataset_id);
CREATE INDEX subject_sex_dataset ON subject (sex, dataset_id);
CREATE INDEX subject_diagnosis_dataset ON subject (diagnosis_code, dataset_id);



CREATE TABLE study (
    id           BIGINT      NOT NULL PRIMARY KEY,
    subject_id   BIGINT      NOT NULL REFERENCES subject (id),
    dataset_id   VARCHAR(64) NOT NULL REFERENCES dataset (id),
    modality     VARCHAR(16) NOT NULL,
    body_part    VARCHAR(32) NOT NULL,
    manufacturer VARCHAR(64) NOT NULL,
    study_date   DATE        NOT NULL
);
CREATE INDEX study_subject ON study (subject_id);
CREATE INDEX study_dataset ON study (dataset_id);
CREATE INDEX study_modality_dataset ON study (modality, dataset_id);
CREATE INDEX study_body_part_dataset ON study (body_part, dataset_id);
CREATE INDEX study_manufacturer_dataset ON study (manufacturer, dataset_id);

-- Cohort aggregates for the dashboard (studies by modality, subjects by body part), recomputed by whoever changes
-- the cohort: counting hundreds of thousands of study rows on every start would make startup slow.
CREATE TABLE cohort_summary (
    dimension VARCHAR(32) NOT NULL,
    code      VARCHAR(64) NOT NULL,
    total     BIGINT      NOT NULL,
    PRIMARY KEY (dimension, code)
);

-- The node's DICOM store (DICOMweb under /dicom-web): the Part 10 files under <data folder>/dicom-store/, named by a
-- hash of their SOP Instance UID, indexed here once they are on disk whole. One row per instance, with the study,
-- series and patient attributes QIDO-RS matches and returns, so that a search never opens a file.
-- Portable SQL (H2 2.3 and PostgreSQL 15). Lengths are the VRs' maxima (PN: 5 x 64 per group, 3 groups).
CREATE TABLE dicom_instance (
    sop_instance_uid         VARCHAR(64)  NOT NULL PRIMARY KEY,
    sop_class_uid            VARCHAR(64)  NOT NULL,
    study_instance_uid       VARCHAR(64)  NOT NULL,
    series_instance_uid      VARCHAR(64)  NOT NULL,
    transfer_syntax_uid      VARCHAR(64)  NOT NULL,
    number_of_frames         INTEGER      NOT NULL,
    image_rows               INTEGER,
    image_columns            INTEGER,
    bits_allocated           INTEGER,
    instance_number          INTEGER,
    size_bytes               BIGINT       NOT NULL,
    relative_path            VARCHAR(128) NOT NULL,
    dataset_id               VARCHAR(64),
    uploader                 VARCHAR(512),
    stored_at                BIGINT       NOT NULL,
    patient_name             VARCHAR(1000),
    patient_id               VARCHAR(64),
    patient_birth_date       VARCHAR(8),
    patient_sex              VARCHAR(16),
    study_date               VARCHAR(8),
    study_time               VARCHAR(16),
    study_description        VARCHAR(64),
    study_id                 VARCHAR(16),
    accession_number         VARCHAR(16),
    referring_physician_name VARCHAR(1000),
    modality                 VARCHAR(16),
    series_number            INTEGER,
    series_description       VARCHAR(64),
    series_date              VARCHAR(8),
    series_time              VARCHAR(16),
    body_part_examined       VARCHAR(16)
);

CREATE INDEX dicom_instance_study ON dicom_instance (study_instance_uid, series_instance_uid, instance_number);
CREATE INDEX dicom_instance_series ON dicom_instance (series_instance_uid, instance_number);
CREATE INDEX dicom_instance_patient ON dicom_instance (patient_id);
CREATE INDEX dicom_instance_study_date ON dicom_instance (study_date);
CREATE INDEX dicom_instance_dataset ON dicom_instance (dataset_id);

-- Which catalogue datasets have their demo studies stored and published (by generator version), so that a restart
-- does not generate them again.
CREATE TABLE dicom_demo_publication (
    dataset_id        VARCHAR(64) NOT NULL,
    generator_version INTEGER     NOT NULL,
    instances         INTEGER     NOT NULL,
    published_at      BIGINT      NOT NULL,
    PRIMARY KEY (dataset_id, generator_version)
);

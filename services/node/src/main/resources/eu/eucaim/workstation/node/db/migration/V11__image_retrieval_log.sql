-- Every retrieval of image data over DICOMweb (dicomweb.JdbcRetrievalLog): who, which dataset, study and series,
-- what for, how many bytes, when. The dataset's representative reads it. Portable SQL (H2 2.3 and PostgreSQL 15);
-- times are epoch milliseconds (UTC). No foreign keys: the log outlives the datasets and accounts it names.
-- (V10 belongs to the DICOM store of the node's DICOMweb routes, built beside this.)
CREATE TABLE image_retrieval (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    account     VARCHAR(512),
    username    VARCHAR(256),
    dataset_id  VARCHAR(64),
    uploader    VARCHAR(512),
    study_uid   VARCHAR(64)   NOT NULL,
    series_uid  VARCHAR(64),
    image_use   VARCHAR(16)   NOT NULL,
    byte_count  BIGINT        NOT NULL,
    at          BIGINT        NOT NULL,
    CONSTRAINT image_retrieval_use CHECK (image_use IN ('SEARCH', 'VIEW', 'RETRIEVE')),
    CONSTRAINT image_retrieval_bytes CHECK (byte_count >= 0)
);

-- The representative's view: one dataset, newest first, often narrowed to a user or a period.
CREATE INDEX image_retrieval_dataset ON image_retrieval (dataset_id, at);

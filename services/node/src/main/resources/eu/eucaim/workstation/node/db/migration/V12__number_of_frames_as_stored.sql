-- Number of Frames as the instance has it: NULL when (0028,0008) is absent (a single-frame image), so that QIDO-RS
-- answers with no value there, as PS3.4 C.2.2.2 and Orthanc do, instead of 1. Rows stored before keep 1.
-- Portable SQL (H2 2.3 and PostgreSQL 15).
ALTER TABLE dicom_instance ALTER COLUMN number_of_frames DROP NOT NULL;

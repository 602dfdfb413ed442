package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@link StoredInstance} to and from a {@code dicom_instance} row, and from a file's data set. */
final class IndexRows {
    static final String COLUMNS = "sop_instance_uid, sop_class_uid, study_instance_uid, series_instance_uid,"
            + " transfer_syntax_uid, number_of_frames, image_rows, image_columns, bits_allocated, instance_number,"
            + " size_bytes, relative_path, dataset_id, uploader, stored_at, patient_name, patient_id,"
            + " patient_birth_date, patient_sex, study_date, study_time, study_description, study_id,"
            + " accession_number, referring_physician_name, modality, series_number, series_description,"
            + " series_date, series_time, body_part_examined";
    static final int COUNT = COLUMNS.split(",").length;

    private static final int ReferringPhysicianName = 0x00080090;
    private static final int BodyPartExamined = 0x00180015;
    private static final int SeriesDate = 0x00080021;
    private static final int SeriesTime = 0x00080031;

    private IndexRows() {}

    /** The row of a file's data set (read up to its pixel data); strings cut to their column's length. */
    static StoredInstance of(
            Dataset ds, String ts, String sop, long size, String relative, StudyOwner owner, long storedAt) {
        return new StoredInstance(
                sop,
                ds.getString(Tags.SOPClassUID),
                ds.getString(Tags.StudyInstanceUID),
                ds.getString(Tags.SeriesInstanceUID),
                ts,
                ds.contains(Tags.NumberOfFrames) ? Math.max(1, ds.getInt(Tags.NumberOfFrames, 1)) : null,
                integer(ds, Tags.Rows),
                integer(ds, Tags.Columns),
                integer(ds, Tags.BitsAllocated),
                integer(ds, Tags.InstanceNumber),
                size,
                relative,
                owner,
                storedAt,
                text(ds, Tags.PatientName, 1000),
                text(ds, Tags.PatientID, 64),
                date(ds, Tags.PatientBirthDate),
                text(ds, Tags.PatientSex, 16),
                date(ds, Tags.StudyDate),
                text(ds, Tags.StudyTime, 16),
                text(ds, Tags.StudyDescription, 64),
                text(ds, Tags.StudyID, 16),
                text(ds, Tags.AccessionNumber, 16),
                text(ds, ReferringPhysicianName, 1000),
                text(ds, Tags.Modality, 16),
                integer(ds, Tags.SeriesNumber),
                text(ds, Tags.SeriesDescription, 64),
                date(ds, SeriesDate),
                text(ds, SeriesTime, 16),
                text(ds, BodyPartExamined, 16));
    }

    /**
     * A DA as YYYYMMDD: the ACR-NEMA form YYYY.MM.DD that old files still hold (PS3.5 6.2, DA, note) is read as
     * its date rather than cut to "YYYY.MM." by the column's 8 characters.
     */
    private static String date(Dataset ds, int tag) {
        String v = text(ds, tag, 64);
        if (v != null && v.matches("\\d{4}\\.\\d{2}\\.\\d{2}")) {
            v = v.replace(".", "");
        }
        return v == null || v.length() <= 8 ? v : v.substring(0, 8);
    }

    private static String text(Dataset ds, int tag, int max) {
        String v = ds.getString(tag);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static Integer integer(Dataset ds, int tag) {
        if (!ds.contains(tag)) {
            return null;
        }
        try {
            int v = ds.getInt(tag, Integer.MIN_VALUE);
            return v == Integer.MIN_VALUE ? null : v;
        } catch (RuntimeException e) {
            return null; // a malformed IS is not worth refusing the instance for
        }
    }

    static void bind(PreparedStatement ps, StoredInstance r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.sopInstanceUid());
        ps.setString(i++, r.sopClassUid());
        ps.setString(i++, r.studyInstanceUid());
        ps.setString(i++, r.seriesInstanceUid());
        ps.setString(i++, r.transferSyntaxUid());
        ps.setObject(i++, r.numberOfFrames(), java.sql.Types.INTEGER);
        DicomStore.setNullableInt(ps, i++, r.rows());
        DicomStore.setNullableInt(ps, i++, r.columns());
        DicomStore.setNullableInt(ps, i++, r.bitsAllocated());
        DicomStore.setNullableInt(ps, i++, r.instanceNumber());
        ps.setLong(i++, r.size());
        ps.setString(i++, r.relativePath());
        ps.setString(i++, r.owner().datasetId());
        ps.setString(i++, r.owner().uploader());
        ps.setLong(i++, r.storedAt());
        for (String s : new String[] {
            r.patientName(),
            r.patientId(),
            r.patientBirthDate(),
            r.patientSex(),
            r.studyDate(),
            r.studyTime(),
            r.studyDescription(),
            r.studyId(),
            r.accessionNumber(),
            r.referringPhysicianName(),
            r.modality()
        }) {
            ps.setString(i++, s);
        }
        DicomStore.setNullableInt(ps, i++, r.seriesNumber());
        ps.setString(i++, r.seriesDescription());
        ps.setString(i++, r.seriesDate());
        ps.setString(i++, r.seriesTime());
        ps.setString(i, r.bodyPartExamined());
    }

    static StoredInstance read(ResultSet rs) throws SQLException {
        return new StoredInstance(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                nullableInt(rs, 7),
                nullableInt(rs, 8),
                nullableInt(rs, 9),
                nullableInt(rs, 10),
                rs.getLong(11),
                rs.getString(12),
                new StudyOwner(rs.getString(13), rs.getString(14)),
                rs.getLong(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                rs.getString(22),
                rs.getString(23),
                rs.getString(24),
                rs.getString(25),
                rs.getString(26),
                nullableInt(rs, 27),
                rs.getString(28),
                rs.getString(29),
                rs.getString(30),
                rs.getString(31));
    }

    private static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}

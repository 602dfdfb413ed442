package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryException;
import eu.eucaim.workstation.api.library.LibraryInUseException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The library's index in its embedded H2 database: one connection held while the library is open (H2 locks the file
 * for this process), used by one thread at a time (the library's lock). A row in {@code instance} is written only
 * after its file is complete in place.
 */
final class LibraryIndex implements AutoCloseable {
    /** Not Flyway's default location, so that the node's migrations on the same classpath never mix in. */
    static final String MIGRATIONS = "classpath:eu/eucaim/workstation/client/library/db";
    /** H2's "Database may be already in use": another process holds the file. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final Connection db;
    /** {@link #totalBytes}, once summed; null when it must be summed again. */
    private Long total;

    private LibraryIndex(Connection db) {
        this.db = db;
    }

    /**
     * Opens (creating if needed) and migrates the index.
     *
     * @throws LibraryInUseException when another process has it open
     */
    static LibraryIndex open(LibraryFolder folder) {
        Connection c;
        try {
            c = DriverManager.getConnection(folder.jdbcUrl(), "sa", "");
        } catch (SQLException e) {
            if (inUse(e)) {
                throw new LibraryInUseException(
                        "The offline library " + folder.root() + " is open in another EUCAIM Workstation on this"
                                + " computer; close that one to use the library here",
                        e);
            }
            throw new LibraryException(
                    "Cannot open the offline library's index in " + folder.root() + ": " + e.getMessage(), e);
        }
        try {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(folder.jdbcUrl());
            ds.setUser("sa");
            // Flyway's own connections join the database this connection holds open (same process, same URL).
            Flyway.configure().dataSource(ds).locations(MIGRATIONS).load().migrate();
            c.setAutoCommit(false);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            throw new LibraryException(
                    "Cannot bring the offline library's index in " + folder.root() + " up to date: " + e.getMessage(),
                    e);
        }
        return new LibraryIndex(c);
    }

    private static boolean inUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    // ---- instances

    Optional<String> fileOf(String sopUid) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT file_name FROM instance WHERE sop_uid = ?")) {
            s.setString(1, sopUid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The study a series belongs to in the index, if the index knows the series. */
    Optional<String> studyOfSeries(String seriesUid) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT study_uid FROM series WHERE series_uid = ?")) {
            s.setString(1, seriesUid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Indexes an instance whose file is in place, with its study and series (created or filled in); uncommitted. */
    void insert(InstanceOrigin o, InstanceCheck.Header h, String fileName, long bytes, long now) throws SQLException {
        ensureStudy(o.studyUid(), now);
        try (PreparedStatement s = db.prepareStatement("UPDATE study SET"
                + " patient_id = CASE WHEN patient_id = '' THEN ? ELSE patient_id END,"
                + " patient_name = CASE WHEN patient_name = '' THEN ? ELSE patient_name END,"
                + " study_date = CASE WHEN study_date = '' THEN ? ELSE study_date END,"
                + " description = CASE WHEN description = '' THEN ? ELSE description END,"
                + " last_used = GREATEST(last_used, ?) WHERE study_uid = ?")) {
            s.setString(1, clip(h.patientId(), 256));
            s.setString(2, clip(h.patientName(), 512));
            s.setString(3, clip(h.studyDate(), 16));
            s.setString(4, clip(h.studyDescription(), 512));
            s.setLong(5, now);
            s.setString(6, o.studyUid());
            s.executeUpdate();
        }
        ensureSeries(o.studyUid(), o.seriesUid());
        try (PreparedStatement s = db.prepareStatement("UPDATE series SET"
                + " modality = CASE WHEN modality = '' THEN ? ELSE modality END,"
                + " description = CASE WHEN description = '' THEN ? ELSE description END,"
                + " series_number = CASE WHEN series_number = 0 THEN ? ELSE series_number END"
                + " WHERE series_uid = ?")) {
            s.setString(1, clip(h.modality(), 16));
            s.setString(2, clip(h.seriesDescription(), 512));
            s.setInt(3, h.seriesNumber());
            s.setString(4, o.seriesUid());
            s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO instance (sop_uid, series_uid, file_name, bytes,"
                + " instance_number, source_name, source_url, dataset_id, access_conditions, stored_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, o.sopInstanceUid());
            s.setString(2, o.seriesUid());
            s.setString(3, fileName);
            s.setLong(4, bytes);
            s.setInt(5, h.instanceNumber());
            s.setString(6, clip(o.provenance().sourceName(), 256));
            s.setString(7, clip(o.provenance().sourceUrl().toString(), 2048));
            s.setString(
                    8,
                    o.provenance().datasetId() == null
                            ? null
                            : clip(o.provenance().datasetId(), 256));
            s.setString(9, clip(o.provenance().accessConditions(), 1024));
            s.setLong(10, now);
            s.executeUpdate();
        }
        if (total != null) {
            total += bytes;
        }
    }

    /** The file names of a series' indexed instances, by SOP Instance UID (one query for the whole series). */
    Map<String, String> filesOfSeries(String seriesUid) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT sop_uid, file_name FROM instance WHERE series_uid = ?")) {
            s.setString(1, seriesUid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Marks the study of a series as used now unless it was since {@code since}; true when it wrote. */
    boolean touchStudyOfSeries(String seriesUid, long since, long now) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE study SET last_used = ? WHERE last_used < ? AND"
                + " study_uid = (SELECT study_uid FROM series WHERE series_uid = ?)")) {
            s.setLong(1, now);
            s.setLong(2, since);
            s.setString(3, seriesUid);
            return s.executeUpdate() > 0;
        }
    }

    /** Marks the study of an instance as used now unless it was since {@code since}; true when it wrote. */
    boolean touchStudyOfInstance(String sopUid, long since, long now) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE study SET last_used = ? WHERE last_used < ? AND"
                + " study_uid = (SELECT se.study_uid FROM instance i JOIN series se ON se.series_uid = i.series_uid"
                + " WHERE i.sop_uid = ?)")) {
            s.setLong(1, now);
            s.setLong(2, since);
            s.setString(3, sopUid);
            return s.executeUpdate() > 0;
        }
    }

    void dropInstances(List<String> sopUids) throws SQLException {
        total = null;
        try (PreparedStatement s = db.prepareStatement("DELETE FROM instance WHERE sop_uid = ?")) {
            for (String sop : sopUids) {
                s.setString(1, sop);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every indexed instance's file name, by SOP Instance UID. */
    Map<String, String> allFiles() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT sop_uid, file_name FROM instance");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    // ---- what the viewer tells

    void expectSeries(String studyUid, String seriesUid, int instances, long now) throws SQLException {
        ensureStudy(studyUid, now);
        ensureSeries(studyUid, seriesUid);
        update("UPDATE series SET expected_instances = ? WHERE series_uid = ?", instances, seriesUid);
    }

    void expectStudy(String studyUid, int series, long now) throws SQLException {
        ensureStudy(studyUid, now);
        update("UPDATE study SET expected_series = ? WHERE study_uid = ?", series, studyUid);
    }

    void pin(String studyUid, boolean pinned, long now) throws SQLException {
        ensureStudy(studyUid, now);
        try (PreparedStatement s = db.prepareStatement("UPDATE study SET pinned = ? WHERE study_uid = ?")) {
            s.setBoolean(1, pinned);
            s.setString(2, studyUid);
            s.executeUpdate();
        }
    }

    boolean seriesComplete(String seriesUid) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT se.expected_instances, (SELECT COUNT(*) FROM instance i"
                + " WHERE i.series_uid = se.series_uid) FROM series se WHERE se.series_uid = ?")) {
            s.setString(1, seriesUid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && complete(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    boolean studyComplete(String studyUid) throws SQLException {
        int expected;
        try (PreparedStatement s = db.prepareStatement("SELECT expected_series FROM study WHERE study_uid = ?")) {
            s.setString(1, studyUid);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                expected = rs.getInt(1);
            }
        }
        if (expected <= 0) {
            return false;
        }
        int complete = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT se.expected_instances, (SELECT COUNT(*) FROM instance i"
                + " WHERE i.series_uid = se.series_uid) FROM series se WHERE se.study_uid = ?")) {
            s.setString(1, studyUid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (complete(rs.getInt(1), rs.getInt(2))) {
                        complete++;
                    }
                }
            }
        }
        return complete >= expected;
    }

    /** A count of 0 (SQL NULL) means "not told": never complete. */
    static boolean complete(int expected, int have) {
        return expected > 0 && have >= expected;
    }

    // ---- size and eviction

    /**
     * The bytes of every indexed instance, as this connection sees them. Summed once, then kept up to date by the
     * inserts (every store asks, to know whether to evict: a sum over the whole index each time grew with the
     * library); forgotten on any other change or a rollback, and summed again.
     */
    long totalBytes() throws SQLException {
        if (total == null) {
            try (PreparedStatement s = db.prepareStatement("SELECT COALESCE(SUM(bytes), 0) FROM instance");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        return total;
    }

    /** A study that eviction may remove, with what removing it frees. */
    record Candidate(String studyUid, long bytes) {}

    /** Unpinned studies with instances, least recently used first, except {@code spare} (those being stored). */
    List<Candidate> evictable(Set<String> spare) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT st.study_uid, SUM(i.bytes) FROM study st"
                        + " JOIN series se ON se.study_uid = st.study_uid"
                        + " JOIN instance i ON i.series_uid = se.series_uid WHERE NOT st.pinned"
                        + " GROUP BY st.study_uid, st.last_used ORDER BY st.last_used, st.study_uid");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!spare.contains(rs.getString(1))) {
                    out.add(new Candidate(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }

    /**
     * Removes a study and everything under it from the index (uncommitted) and returns its files' names, to delete
     * once committed; null when the index did not know the study.
     */
    List<String> deleteStudy(String studyUid) throws SQLException {
        total = null;
        List<String> files = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT i.file_name FROM instance i JOIN series se"
                + " ON se.series_uid = i.series_uid WHERE se.study_uid = ?")) {
            s.setString(1, studyUid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("DELETE FROM study WHERE study_uid = ?")) {
            s.setString(1, studyUid);
            return s.executeUpdate() == 0 ? null : files;
        }
    }

    // ---- listing

    /** One indexed instance with its series and study, as the listing reads them. */
    record Row(
            String patientId,
            String patientName,
            String studyUid,
            String studyDate,
            String studyDescription,
            boolean pinned,
            int expectedSeries,
            long lastUsed,
            String seriesUid,
            String modality,
            String seriesDescription,
            int seriesNumber,
            int expectedInstances,
            String fileName,
            long bytes,
            String sourceName,
            String sourceUrl,
            String datasetId,
            String accessConditions,
            long storedAt) {}

    /** Every indexed instance, by study, series (number, UID) and instance (number, UID). */
    List<Row> rows() throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT st.patient_id, st.patient_name, st.study_uid,"
                        + " st.study_date, st.description, st.pinned, COALESCE(st.expected_series, 0), st.last_used,"
                        + " se.series_uid, se.modality, se.description, se.series_number,"
                        + " COALESCE(se.expected_instances, 0), i.file_name, i.bytes, i.source_name, i.source_url,"
                        + " i.dataset_id, i.access_conditions, i.stored_at"
                        + " FROM instance i JOIN series se ON se.series_uid = i.series_uid"
                        + " JOIN study st ON st.study_uid = se.study_uid"
                        + " ORDER BY st.study_uid, se.series_number, se.series_uid, i.instance_number, i.sop_uid");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        rs.getString(14),
                        rs.getLong(15),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18),
                        rs.getString(19),
                        rs.getLong(20)));
            }
        }
        return out;
    }

    // ---- transactions

    void commit() throws SQLException {
        db.commit();
    }

    void rollbackQuietly() {
        total = null;
        try {
            db.rollback();
        } catch (SQLException e) {
            // The connection is broken; the next call reports it.
        }
    }

    @Override
    public void close() {
        rollbackQuietly();
        closeQuietly(db);
    }

    private void ensureStudy(String studyUid, long now) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "MERGE INTO study st USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT))) AS v(uid, now)"
                        + " ON st.study_uid = v.uid WHEN NOT MATCHED THEN INSERT (study_uid, last_used)"
                        + " VALUES (v.uid, v.now)")) {
            s.setString(1, studyUid);
            s.setLong(2, now);
            s.executeUpdate();
        }
    }

    /** Creates the series under its study, or checks that the index has it under that study. */
    private void ensureSeries(String studyUid, String seriesUid) throws SQLException {
        Optional<String> known = studyOfSeries(seriesUid);
        if (known.isEmpty()) {
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO series (series_uid, study_uid) VALUES (?, ?)")) {
                s.setString(1, seriesUid);
                s.setString(2, studyUid);
                s.executeUpdate();
            }
        } else if (!known.get().equals(studyUid)) {
            throw new IllegalArgumentException("series " + seriesUid + " is in study " + known.get()
                    + " in the offline library, not in study " + studyUid);
        }
    }

    private void update(String sql, int value, String key) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setInt(1, value);
            s.setString(2, key);
            s.executeUpdate();
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing at the end; nothing to do about it.
        }
    }
}

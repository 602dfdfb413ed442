package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.images.Retrieval;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The retrieval log in table {@code image_retrieval} (migration V11): written by the DICOMweb routes, one row per
 * reply, read by the dataset's representative. Rows are keyed by a random id, so parallel frame requests insert
 * without numbering each other.
 */
public final class JdbcRetrievalLog implements RetrievalLog {
    private static final String COLUMNS =
            "at, account, username, dataset_id, study_uid, series_uid, image_use, byte_count";

    private final DataSource db;
    private final Clock clock;

    public JdbcRetrievalLog(DataSource db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What to read: one dataset's rows, optionally one user's and a period's.
     *
     * @param user     an account or a user name (case-insensitive), or null for everyone
     * @param fromMillis the first instant included (epoch ms), or null
     * @param toMillis   the first instant excluded (epoch ms), or null
     */
    public record Filter(String datasetId, String user, Long fromMillis, Long toMillis) {
        public Filter {
            Objects.requireNonNull(datasetId, "datasetId");
        }
    }

    @Override
    public void record(Caller caller, StudyOwner owner, String studyUid, String seriesUid, ImageUse use, long bytes) {
        Objects.requireNonNull(studyUid, "studyUid");
        Objects.requireNonNull(use, "use");
        if (bytes < 0) {
            throw new IllegalArgumentException("A retrieval cannot have " + bytes + " bytes");
        }
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO image_retrieval (id, " + COLUMNS
                        + ", uploader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setLong(2, clock.millis());
            ps.setString(3, caller.account());
            ps.setString(4, caller.username());
            ps.setString(5, owner.datasetId());
            ps.setString(6, studyUid);
            ps.setString(7, seriesUid);
            ps.setString(8, use.name());
            ps.setLong(9, bytes);
            ps.setString(10, owner.uploader());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot log a retrieval of study " + studyUid + ": " + e.getMessage(), e);
        }
    }

    /** Page {@code page} (0-based) of {@code size} rows, newest first, with the totals of all that match. */
    public RetrievalPage page(Filter filter, int page, int size) {
        Where where = where(filter);
        try (Connection c = db.getConnection()) {
            long retrievals;
            long bytes;
            long users;
            try (PreparedStatement ps = where.prepare(
                    c, "SELECT COUNT(*), COALESCE(SUM(byte_count), 0), COUNT(DISTINCT account) FROM image_retrieval")) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    retrievals = rs.getLong(1);
                    bytes = rs.getLong(2);
                    users = rs.getLong(3);
                }
            }
            List<Retrieval> items = new ArrayList<>();
            try (PreparedStatement ps = where.prepare(
                    c,
                    "SELECT " + COLUMNS + " FROM image_retrieval",
                    " ORDER BY at DESC, id LIMIT " + size + " OFFSET " + (long) page * size)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return new RetrievalPage(filter.datasetId(), items, page, size, retrievals, bytes, users);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the retrieval log: " + e.getMessage(), e);
        }
    }

    /** Every matching row, newest first, handed over as it is read (an export never holds the log in memory). */
    public void each(Filter filter, Consumer<Retrieval> sink) {
        Where where = where(filter);
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        where.prepare(c, "SELECT " + COLUMNS + " FROM image_retrieval", " ORDER BY at DESC, id")) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the retrieval log: " + e.getMessage(), e);
        }
    }

    private static Retrieval row(ResultSet rs) throws SQLException {
        return new Retrieval(
                Instant.ofEpochMilli(rs.getLong(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8));
    }

    /** A WHERE clause and its values, in order. */
    private record Where(String sql, List<Object> values) {
        PreparedStatement prepare(Connection c, String select, String... tail) throws SQLException {
            PreparedStatement ps = c.prepareStatement(select + sql + String.join("", tail));
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            return ps;
        }
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE dataset_id = ?");
        List<Object> values = new ArrayList<>(List.of(f.datasetId()));
        if (f.user() != null) {
            sql.append(" AND (account = ? OR LOWER(username) = LOWER(?))");
            values.add(f.user());
            values.add(f.user());
        }
        if (f.fromMillis() != null) {
            sql.append(" AND at >= ?");
            values.add(f.fromMillis());
        }
        if (f.toMillis() != null) {
            sql.append(" AND at < ?");
            values.add(f.toMillis());
        }
        return new Where(sql.toString(), values);
    }
}

package eu.eucaim.workstation.node.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code cohort_summary} table: the dashboard's cohort aggregates, kept so that startup reads a few rows instead of
 * counting every study. Whoever writes {@code subject} and {@code study} rows writes their totals with
 * {@link #write}, in the same transaction or before (the demo writes the totals with the catalogue, the rows later).
 */
public final class CohortSummaryTable {
    static final String STUDIES_BY_MODALITY = "studies_by_modality";
    static final String SUBJECTS_BY_BODY_PART = "subjects_by_body_part";

    private CohortSummaryTable() {}

    /** Replaces the totals: studies per modality code, distinct subjects per body part. */
    public static void write(Connection c, Map<String, Long> studiesByModality, Map<String, Long> subjectsByBodyPart)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM cohort_summary");
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO cohort_summary (dimension, code, total) VALUES (?, ?, ?)")) {
            add(ps, STUDIES_BY_MODALITY, studiesByModality);
            add(ps, SUBJECTS_BY_BODY_PART, subjectsByBodyPart);
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, String dimension, Map<String, Long> totals) throws SQLException {
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            ps.setString(1, dimension);
            ps.setString(2, e.getKey());
            ps.setLong(3, e.getValue());
            ps.addBatch();
        }
    }

    /** code → total for one dimension, in code order. */
    static Map<String, Long> read(Connection c, String dimension) throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, total FROM cohort_summary WHERE dimension = ?")) {
            ps.setString(1, dimension);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return totals;
    }
}

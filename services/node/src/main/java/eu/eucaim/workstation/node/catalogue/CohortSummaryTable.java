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
 * counting every study. Call {@link #recompute} in the transaction that changes {@code subject} or {@code study}.
 */
public final class CohortSummaryTable {
    static final String STUDIES_BY_MODALITY = "studies_by_modality";
    static final String SUBJECTS_BY_BODY_PART = "subjects_by_body_part";

    private CohortSummaryTable() {}

    public static void recompute(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM cohort_summary");
            s.executeUpdate("INSERT INTO cohort_summary (dimension, code, total) SELECT '" + STUDIES_BY_MODALITY
                    + "', modality, COUNT(*) FROM study GROUP BY modality");
            s.executeUpdate("INSERT INTO cohort_summary (dimension, code, total) SELECT '" + SUBJECTS_BY_BODY_PART
                    + "', body_part, COUNT(DISTINCT subject_id) FROM study GROUP BY body_part");
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

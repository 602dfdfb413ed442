package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.AgeRange;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.Collection;
import eu.eucaim.workstation.node.storage.StorageException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts a {@link CohortQuery} over the {@code subject} and {@code study} tables with portable SQL (H2 and
 * PostgreSQL). A study matches when it and its subject pass every filter; a subject counts when it has at least one
 * matching study. Collections without a match are left out, as upstream providers do.
 */
final class CohortSearch {
    private final DataSource db;

    CohortSearch(DataSource db) {
        this.db = db;
    }

    FederatedSearchResponse search(CohortQuery q) {
        Where where = Where.of(q);
        String from = " FROM subject s JOIN study st ON st.subject_id = s.id" + where.sql;
        Map<String, Sets> lists = new HashMap<>();
        List<Counts> counts = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.dataset_id, COUNT(DISTINCT s.id), COUNT(st.id),"
                    + " MIN(s.age_at_diagnosis), MAX(s.age_at_diagnosis)" + from + " GROUP BY s.dataset_id")) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT s.dataset_id, s.sex, st.modality, st.body_part" + from)) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Sets sets = lists.computeIfAbsent(rs.getString(1), k -> new Sets());
                        sets.gender.add(rs.getString(2));
                        sets.modalities.add(rs.getString(3));
                        sets.bodyParts.add(rs.getString(4));
                    }
                }
            }
            Map<String, String[]> texts = texts(c, counts);
            List<Collection> collections = new ArrayList<>();
            long studies = 0;
            long subjects = 0;
            for (Counts n : counts) {
                Sets sets = lists.getOrDefault(n.datasetId, new Sets());
                String[] text = texts.getOrDefault(n.datasetId, new String[] {n.datasetId, ""});
                collections.add(new Collection(n.datasetId, text[0], text[1], n.studies, n.subjects,
                        new AgeRange(n.minAge, n.maxAge), List.copyOf(sets.gender), List.copyOf(sets.modalities),
                        List.copyOf(sets.bodyParts)));
                studies += n.studies;
                subjects += n.subjects;
            }
            collections.sort(Comparator.comparingLong(Collection::subjectsCount).reversed()
                    .thenComparing(Collection::id));
            return new FederatedSearchResponse(collections, new FederatedSearchResponse.Total(studies, subjects));
        } catch (SQLException e) {
            throw new StorageException("Cannot count the cohort: " + e.getMessage(), e);
        }
    }

    /** Title and description of the datasets with matches. */
    private static Map<String, String[]> texts(Connection c, List<Counts> counts) throws SQLException {
        Map<String, String[]> texts = new HashMap<>();
        if (counts.isEmpty()) {
            return texts;
        }
        String marks = String.join(",", counts.stream().map(n -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, description FROM dataset WHERE id IN ("
                + marks + ")")) {
            for (int i = 0; i < counts.size(); i++) {
                ps.setString(i + 1, counts.get(i).datasetId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return texts;
    }

    private record Counts(String datasetId, long subjects, long studies, int minAge, int maxAge) {
    }

    private static final class Sets {
        final TreeSet<String> gender = new TreeSet<>();
        final TreeSet<String> modalities = new TreeSet<>();
        final TreeSet<String> bodyParts = new TreeSet<>();
    }

    /** The WHERE clause with one placeholder per value, and the values in order. */
    private record Where(String sql, List<Object> values) {
        static Where of(CohortQuery q) {
            List<String> parts = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            in(parts, values, "s.sex", q.gender());
            in(parts, values, "s.diagnosis_code", q.diagnosis());
            in(parts, values, "st.modality", q.modality());
            in(parts, values, "st.body_part", q.bodyPart());
            in(parts, values, "st.manufacturer", q.manufacturer());
            compare(parts, values, "s.age_at_diagnosis >= ?", q.ageMin());
            compare(parts, values, "s.age_at_diagnosis <= ?", q.ageMax());
            compare(parts, values, "s.year_of_diagnosis >= ?", q.yearMin());
            compare(parts, values, "s.year_of_diagnosis <= ?", q.yearMax());
            return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
        }

        private static void in(List<String> parts, List<Object> values, String column, List<String> allowed) {
            if (!allowed.isEmpty()) {
                parts.add(column + " IN (" + String.join(",", allowed.stream().map(v -> "?").toList()) + ")");
                values.addAll(allowed);
            }
        }

        private static void compare(List<String> parts, List<Object> values, String condition, Integer bound) {
            if (bound != null) {
                parts.add(condition);
                values.add(bound);
            }
        }

        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
        }
    }
}

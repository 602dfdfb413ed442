package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Level;
import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Match;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Runs a {@link QidoQuery} over the index. A study (or series) matches when one of its instances matches every key;
 * its row then counts all its series and instances. Rows are ordered by UID (a stable order for
 * {@code offset}/{@code limit}), filtered by who may see them before they are counted out.
 */
final class QidoSearch {
    /** One row of the answer: whom its study belongs to and the attribute values found (null: no value). */
    record Row(StudyOwner owner, Map<QidoAttribute, Object> values) {}

    private final DataSource db;

    QidoSearch(DataSource db) {
        this.db = db;
    }

    /**
     * @param studyUid  the study the path names, or null
     * @param seriesUid the series the path names, or null
     * @param visible whether the caller may see a study of this owner
     */
    List<Row> search(QidoQuery q, String studyUid, String seriesUid, Predicate<StudyOwner> visible) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (studyUid != null) {
            where.append(" AND study_instance_uid = ?");
            params.add(studyUid);
        }
        if (seriesUid != null) {
            where.append(" AND series_instance_uid = ?");
            params.add(seriesUid);
        }
        for (Map.Entry<QidoAttribute, List<String>> f : q.filters().entrySet()) {
            where.append(" AND ");
            condition(f.getKey(), f.getValue(), where, params);
        }
        List<QidoAttribute> columns = new ArrayList<>();
        for (QidoAttribute a : QidoAttribute.values()) {
            if (a.column != null && a.level.ordinal() <= q.level().ordinal()) {
                columns.add(a);
            }
        }
        String sql = switch (q.level()) {
            case STUDY ->
                grouped("study_instance_uid", columns, "COUNT(DISTINCT series_instance_uid), COUNT(*)", where);
            case SERIES -> grouped("series_instance_uid", columns, "COUNT(*), COUNT(*)", where);
            case INSTANCE ->
                "SELECT " + select(columns, false) + ", dataset_id, uploader, 0, 0 FROM dicom_instance"
                        + " WHERE " + where + " ORDER BY study_instance_uid, series_instance_uid, instance_number,"
                        + " sop_instance_uid";
        };
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rows.size() < q.limit()) {
                    int n = columns.size();
                    StudyOwner owner = new StudyOwner(rs.getString(n + 1), rs.getString(n + 2));
                    if (!visible.test(owner)) {
                        continue;
                    }
                    if (skipped < q.offset()) {
                        skipped++;
                        continue;
                    }
                    Map<QidoAttribute, Object> values = new EnumMap<>(QidoAttribute.class);
                    for (int i = 0; i < n; i++) {
                        values.put(columns.get(i), rs.getObject(i + 1));
                    }
                    if (q.level() == Level.STUDY) {
                        values.put(QidoAttribute.NUMBER_OF_STUDY_RELATED_SERIES, rs.getInt(n + 3));
                        values.put(QidoAttribute.NUMBER_OF_STUDY_RELATED_INSTANCES, rs.getInt(n + 4));
                    } else if (q.level() == Level.SERIES) {
                        values.put(QidoAttribute.NUMBER_OF_SERIES_RELATED_INSTANCES, rs.getInt(n + 3));
                    }
                    rows.add(new Row(owner, values));
                }
            }
            if (q.level() == Level.STUDY && !rows.isEmpty()) {
                addModalities(c, rows);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot search the DICOM index: " + e.getMessage(), e);
        }
        return rows;
    }

    /** One row per study or series: the instance attributes' values through MIN (they agree within a study). */
    private static String grouped(String key, List<QidoAttribute> columns, String counts, CharSequence where) {
        return "SELECT " + select(columns, true) + ", MIN(dataset_id), MIN(uploader), " + counts
                + " FROM dicom_instance WHERE " + key + " IN (SELECT " + key + " FROM dicom_instance WHERE " + where
                + ") GROUP BY " + key + " ORDER BY " + key;
    }

    private static String select(List<QidoAttribute> columns, boolean aggregate) {
        List<String> parts = new ArrayList<>();
        for (QidoAttribute a : columns) {
            parts.add(aggregate ? "MIN(" + a.column + ")" : a.column);
        }
        return String.join(", ", parts);
    }

    private static void condition(QidoAttribute a, List<String> values, StringBuilder sql, List<Object> params) {
        switch (a.match) {
            case UID_LIST, LIST -> {
                sql.append(a.column)
                        .append(" IN (")
                        .append("?, ".repeat(values.size() - 1))
                        .append("?)");
                params.addAll(values);
            }
            case MODALITIES -> {
                sql.append("study_instance_uid IN (SELECT study_instance_uid FROM dicom_instance WHERE modality IN (")
                        .append("?, ".repeat(values.size() - 1))
                        .append("?))");
                params.addAll(values);
            }
            case RANGE -> {
                String from = values.get(0);
                String to = values.get(1);
                if (from.equals(to)) {
                    sql.append(a.column).append(" = ?");
                    params.add(from);
                } else {
                    sql.append("1 = 1");
                    if (!from.isEmpty()) {
                        sql.append(" AND ").append(a.column).append(" >= ?");
                        params.add(from);
                    }
                    if (!to.isEmpty()) {
                        sql.append(" AND ").append(a.column).append(" <= ?");
                        params.add(to);
                    }
                }
            }
            case INTEGER -> {
                sql.append(a.column).append(" = ?");
                params.add(Integer.parseInt(values.get(0)));
            }
            case TEXT, PERSON_NAME -> {
                String v = values.get(0);
                boolean fold = a.match == Match.PERSON_NAME;
                String column = fold ? "LOWER(" + a.column + ")" : a.column;
                String value = fold ? v.toLowerCase(java.util.Locale.ROOT) : v;
                if (v.indexOf('*') >= 0 || v.indexOf('?') >= 0) {
                    sql.append(column).append(" LIKE ? ESCAPE '\\'");
                    params.add(like(value));
                } else {
                    sql.append(column).append(" = ?");
                    params.add(value);
                }
            }
            case NONE -> throw new IllegalArgumentException(a + " is not a matching key");
        }
    }

    /** DICOM wildcards to a LIKE pattern: {@code *} any run, {@code ?} one character; SQL's own escaped. */
    static String like(String v) {
        StringBuilder b = new StringBuilder();
        for (char ch : v.toCharArray()) {
            switch (ch) {
                case '*' -> b.append('%');
                case '?' -> b.append('_');
                case '%', '_', '\\' -> b.append('\\').append(ch);
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Modalities in Study of each study row, in one query. */
    private static void addModalities(Connection c, List<Row> rows) throws SQLException {
        Map<String, TreeSet<String>> byStudy = new LinkedHashMap<>();
        for (Row r : rows) {
            byStudy.put((String) r.values().get(QidoAttribute.STUDY_INSTANCE_UID), new TreeSet<>());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT study_instance_uid, modality FROM dicom_instance WHERE study_instance_uid IN ("
                        + "?, ".repeat(byStudy.size() - 1) + "?) AND modality IS NOT NULL")) {
            int i = 1;
            for (String uid : byStudy.keySet()) {
                ps.setString(i++, uid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStudy.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        for (Row r : rows) {
            r.values().put(QidoAttribute.MODALITIES_IN_STUDY, List.copyOf(byStudy.get((String)
                    r.values().get(QidoAttribute.STUDY_INSTANCE_UID))));
        }
    }
}

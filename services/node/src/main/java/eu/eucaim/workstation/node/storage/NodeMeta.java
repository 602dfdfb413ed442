package eu.eucaim.workstation.node.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code node_meta} key/value table: what the database holds (demo seed, generator version...). */
public final class NodeMeta {
    public static final String DEMO_SEED = "demo.seed";
    public static final String DEMO_GENERATOR_VERSION = "demo.generator_version";
    public static final String DEMO_DATASET_COUNT = "demo.dataset_count";
    /** The seed whose cohort rows (subjects, studies) are complete; written after {@link #DEMO_SEED}. */
    public static final String DEMO_COHORT_SEED = "demo.cohort_seed";

    private NodeMeta() {}

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM node_meta WHERE meta_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM node_meta WHERE meta_key = ?");
                PreparedStatement ins =
                        c.prepareStatement("INSERT INTO node_meta (meta_key, meta_value) VALUES (?, ?)")) {
            del.setString(1, key);
            del.executeUpdate();
            ins.setString(1, key);
            ins.setString(2, value);
            ins.executeUpdate();
        }
    }
}

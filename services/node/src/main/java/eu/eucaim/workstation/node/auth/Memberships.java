package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

/** What the node holds about its own users beyond their roles: which biobanks' datasets a data steward represents. */
public final class Memberships {
    private final DataSource db;

    public Memberships(DataSource db) {
        this.db = db;
    }

    /** The biobank ids {@code userId} represents, in id order; empty for anyone who represents none. */
    public Set<String> representedBiobanks(String userId) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT biobank_id FROM auth_steward_biobank WHERE user_id = ? ORDER BY biobank_id")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> ids = new LinkedHashSet<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read whom " + userId + " represents: " + e.getMessage(), e);
        }
    }
}

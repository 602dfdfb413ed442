package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The four demo users, created on first start. Passwords equal usernames (documented in the README): these accounts
 * exist so that every role can be tried offline, not to protect anything real.
 */
final class DemoUsers {
    record DemoUser(String username, String displayName, Role role) {}

    static final List<DemoUser> ALL = List.of(
            new DemoUser("researcher", "Demo Researcher", Role.RESEARCHER),
            new DemoUser("steward", "Demo Data Steward", Role.DATA_STEWARD),
            new DemoUser("admin", "Demo Access Committee", Role.ADMIN),
            new DemoUser("agent", "Demo Helpdesk Agent", Role.HELPDESK_AGENT));
    /** How many biobanks the steward represents. */
    static final int STEWARDED_BIOBANKS = 2;

    private DemoUsers() {}

    /** Creates the demo users unless the table already has users; returns whether it did. */
    static boolean ensureInstalled(DataSource db) {
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM auth_user")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            c.setAutoCommit(false);
            try {
                for (DemoUser u : ALL) {
                    insert(c, u);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return true;
        } catch (SQLException e) {
            throw new StorageException("Cannot create the demo users: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, DemoUser u) throws SQLException {
        String id = "demo-" + u.username();
        PasswordHasher.PasswordHash hash = PasswordHasher.hash(u.username().toCharArray());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_user (id, username, display_name, email,"
                + " password_salt, password_hash, iterations) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, u.username());
            ps.setString(3, u.displayName());
            ps.setString(4, u.username() + "@demo.eucaim.invalid");
            ps.setString(5, hash.salt());
            ps.setString(6, hash.hash());
            ps.setInt(7, hash.iterations());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_user_role (user_id, role) VALUES (?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, u.role().claim());
            ps.executeUpdate();
        }
        if (u.role() == Role.DATA_STEWARD) {
            for (String biobank : firstBiobanks(c)) {
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO auth_steward_biobank (user_id, biobank_id) VALUES (?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, biobank);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static List<String> firstBiobanks(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM biobank ORDER BY id")) {
            while (rs.next() && ids.size() < STEWARDED_BIOBANKS) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}

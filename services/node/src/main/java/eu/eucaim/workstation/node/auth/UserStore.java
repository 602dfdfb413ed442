package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Reads users and checks their passwords; waits for the demo users while a first start still creates them. */
final class UserStore {
    private final DataSource db;
    private final BackgroundStep demoUsers;

    UserStore(DataSource db, BackgroundStep demoUsers) {
        this.db = db;
        this.demoUsers = demoUsers;
    }

    /**
     * The user if the username exists and the password matches; empty otherwise, taking as long either way so the
     * answer does not reveal which part was wrong.
     */
    Optional<StoredUser> authenticate(String username, String password) {
        Optional<StoredUser> user = username == null ? Optional.empty() : byColumn("username", username);
        char[] pw = PasswordHasher.chars(password);
        try {
            boolean ok =
                    PasswordHasher.matches(pw, user.map(StoredUser::password).orElse(PasswordHasher.DECOY));
            return ok ? user : Optional.empty();
        } finally {
            PasswordHasher.wipe(pw);
        }
    }

    /** Whether a user has this name (for logs: the login form never says). */
    boolean exists(String username) {
        return username != null && byColumn("username", username).isPresent();
    }

    Optional<StoredUser> byId(String id) {
        return byColumn("id", id);
    }

    private Optional<StoredUser> byColumn(String column, String value) {
        demoUsers.await();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, username, display_name, email, password_salt,"
                        + " password_hash, iterations FROM auth_user WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String id = rs.getString(1);
                return Optional.of(new StoredUser(
                        id,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        new PasswordHasher.PasswordHash(rs.getString(5), rs.getString(6), rs.getInt(7)),
                        roles(c, id),
                        list(
                                c,
                                "SELECT biobank_id FROM auth_steward_biobank WHERE user_id = ?"
                                        + " ORDER BY biobank_id",
                                id)));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the user table: " + e.getMessage(), e);
        }
    }

    private static Set<Role> roles(Connection c, String userId) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : list(c, "SELECT role FROM auth_user_role WHERE user_id = ?", userId)) {
            Role.fromClaim(r).ifPresent(roles::add);
        }
        return roles;
    }

    private static List<String> list(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }
}

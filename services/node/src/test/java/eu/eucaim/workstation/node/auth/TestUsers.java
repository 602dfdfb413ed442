package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** More users than the four demo users, for tests that need two of a kind (the password is the user name). */
public final class TestUsers {
    private TestUsers() {}

    public static void add(DataSource db, String username, Role role) throws SQLException {
        String id = "test-" + username;
        PasswordHasher.PasswordHash hash = PasswordHasher.hash(username.toCharArray());
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_user (id, username, display_name, email,"
                    + " password_salt, password_hash, iterations) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, username);
                ps.setString(3, "Test " + username);
                ps.setString(4, username + "@test.invalid");
                ps.setString(5, hash.salt());
                ps.setString(6, hash.hash());
                ps.setInt(7, hash.iterations());
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO auth_user_role (user_id, role) VALUES (?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, role.claim());
                ps.executeUpdate();
            }
        }
    }
}

package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.storage.StorageException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The node's symmetric secrets by purpose (table {@code auth_secret}), 256 random bits each, made on first use and
 * kept in the database like the signing key: they survive a restart, and every process of a shared node uses the
 * same ones.
 */
final class NodeSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeSecrets() {}

    /** The secret named {@code name}, created when there is none yet. */
    static byte[] loadOrCreate(DataSource db, String name) {
        try (Connection c = db.getConnection()) {
            Optional<byte[]> stored = read(c, name);
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO auth_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, Base64.getEncoder().encodeToString(secret));
                ps.setLong(3, System.currentTimeMillis());
                ps.executeUpdate();
                return secret;
            } catch (SQLException e) {
                // Another process of a shared node stored one first: use that one.
                return read(c, name).orElseThrow(() -> e);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot load or store the node's " + name + " secret: " + e.getMessage(), e);
        }
    }

    private static Optional<byte[]> read(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM auth_secret WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.empty();
            }
        }
    }
}

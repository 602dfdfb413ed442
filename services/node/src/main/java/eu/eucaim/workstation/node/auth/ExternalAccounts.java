package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users of trusted issuers (table {@code auth_external_account}, keyed by issuer and subject): provisioned from a
 * verified access token the first time its user calls the node, and updated when the claims (name, e-mail, mapped
 * roles) change, so that {@code /api/me} can answer for them.
 */
final class ExternalAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalAccounts.class);

    private final DataSource db;
    private final Clock clock;

    ExternalAccounts(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores {@code user} unless the same is stored already. */
    void provision(ExternalUser user) {
        Optional<ExternalUser> stored = find(user.issuer(), user.subject());
        if (stored.isPresent() && stored.get().equals(user)) {
            return;
        }
        long now = clock.millis();
        if (stored.isEmpty() && insert(user, now)) {
            LOG.info(
                    "New user '{}' of trusted issuer {} (subject {}), roles {}",
                    user.username(),
                    user.issuer(),
                    user.subject(),
                    claims(user.roles()));
            return;
        }
        update(user, now);
        LOG.info(
                "User '{}' of trusted issuer {} (subject {}) updated from their token, roles {}",
                user.username(),
                user.issuer(),
                user.subject(),
                claims(user.roles()));
    }

    Optional<ExternalUser> find(String issuer, String subject) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT username, display_name, email, roles"
                        + " FROM auth_external_account WHERE issuer = ? AND subject = ?")) {
            ps.setString(1, issuer);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ExternalUser(
                        issuer, subject, rs.getString(1), rs.getString(2), rs.getString(3), roles(rs.getString(4))));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the users of trusted issuers: " + e.getMessage(), e);
        }
    }

    /** False when another request stored the same user first. */
    private boolean insert(ExternalUser u, long now) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO auth_external_account (issuer, subject,"
                        + " username, display_name, email, roles, first_seen, last_changed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, u.issuer());
            ps.setString(2, u.subject());
            ps.setString(3, u.username());
            ps.setString(4, u.name());
            ps.setString(5, u.email());
            ps.setString(6, claims(u.roles()));
            ps.setLong(7, now);
            ps.setLong(8, now);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (find(u.issuer(), u.subject()).isPresent()) {
                return false;
            }
            throw new StorageException(
                    "Cannot store a user of trusted issuer " + u.issuer() + ": " + e.getMessage(), e);
        }
    }

    private void update(ExternalUser u, long now) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE auth_external_account SET username = ?,"
                                + " display_name = ?, email = ?, roles = ?, last_changed = ? WHERE issuer = ? AND subject = ?")) {
            ps.setString(1, u.username());
            ps.setString(2, u.name());
            ps.setString(3, u.email());
            ps.setString(4, claims(u.roles()));
            ps.setLong(5, now);
            ps.setString(6, u.issuer());
            ps.setString(7, u.subject());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot update a user of trusted issuer " + u.issuer() + ": " + e.getMessage(), e);
        }
    }

    private static String claims(Set<Role> roles) {
        return roles.stream().map(Role::claim).sorted().collect(Collectors.joining(" "));
    }

    private static Set<Role> roles(String claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(claims.split(" "))
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .forEach(roles::add);
        return roles;
    }
}

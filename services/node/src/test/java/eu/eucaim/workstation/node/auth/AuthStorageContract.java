package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What migration V4 added, on each database a node runs on: H2 ({@link H2AuthStorageTest}) and PostgreSQL
 * ({@code eu.eucaim.workstation.node.PostgresAuthStorageTest}): the node's secrets and the users of trusted issuers.
 */
public abstract class AuthStorageContract {
    /** A new, empty database of the kind under test, migrated. */
    protected abstract Database openDatabase() throws Exception;

    private final MovableClock clock = new MovableClock();
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aSecretIsMadeOnceAndKept() {
        byte[] first = NodeSecrets.loadOrCreate(db.dataSource(), "login-form");
        assertThat(first).hasSize(32);
        assertThat(NodeSecrets.loadOrCreate(db.dataSource(), "login-form")).isEqualTo(first);
        assertThat(NodeSecrets.loadOrCreate(db.dataSource(), "another")).isNotEqualTo(first);
    }

    @Test
    void concurrentFirstUsesAgreeOnOneSecret() {
        Set<String> secrets = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> java.util.HexFormat.of().formatHex(NodeSecrets.loadOrCreate(db.dataSource(), "race"))))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(secrets).hasSize(1);
    }

    @Test
    void anExternalUserIsProvisionedOnceAndUpdatedWhenTheClaimsChange() throws Exception {
        ExternalAccounts accounts = new ExternalAccounts(db.dataSource(), clock);
        ExternalUser user = new ExternalUser(
                "https://login.example/oidc", "s-1", "lee", "Lee Science", "lee@example.org", Set.of(Role.RESEARCHER));
        assertThat(accounts.find(user.issuer(), user.subject())).isEmpty();
        accounts.provision(user);
        assertThat(accounts.find(user.issuer(), user.subject())).contains(user);
        long created = clock.millis();

        clock.now = clock.now.plusSeconds(60);
        accounts.provision(user);
        assertThat(lastChanged(user)).as("an unchanged user is not written").isEqualTo(created);

        ExternalUser promoted = new ExternalUser(
                user.issuer(), "s-1", "lee", "Lee Science", null, Set.of(Role.RESEARCHER, Role.DATA_STEWARD));
        accounts.provision(promoted);
        assertThat(accounts.find(user.issuer(), "s-1")).contains(promoted);
        assertThat(lastChanged(user)).isEqualTo(clock.millis());
        // Same subject, another issuer: another user.
        assertThat(accounts.find("https://other.example", "s-1")).isEmpty();
        ExternalUser none = new ExternalUser("https://other.example", "s-1", "s-1", "s-1", null, Set.of());
        accounts.provision(none);
        assertThat(accounts.find("https://other.example", "s-1")).contains(none);
    }

    private long lastChanged(ExternalUser u) throws Exception {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT last_changed FROM auth_external_account WHERE issuer = ? AND subject = ?")) {
            ps.setString(1, u.issuer());
            ps.setString(2, u.subject());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }
}

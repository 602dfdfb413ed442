package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Codes and refresh tokens on a real (in-memory H2) database with the node's migrations. */
class GrantsTest {
    private static final AuthorizationRequest REQUEST = new AuthorizationRequest(
            AuthPolicy.CLIENT_ID, "http://127.0.0.1:1/callback", "s", "c".repeat(43), "openid", null);
    private final MovableClock clock = new MovableClock();
    private Database db;
    private Grants grants;

    @BeforeEach
    void open() {
        db = Database.open(new JdbcTarget("jdbc:h2:mem:grants-" + UUID.randomUUID() + "", "sa", ""));
        DemoUsers.ensureInstalled(db.dataSource());
        grants = new Grants(db.dataSource(), clock);
    }

    @AfterEach
    void close() {
        // The pool's connections kept the in-memory database alive; closing it drops the database.
        db.close();
    }

    @Test
    void aCodeIsUsableOnceAndAReplayRevokesItsSignIn() {
        String code = grants.newCode("demo-researcher", REQUEST);
        Grants.Redeemed<Grants.CodeGrant> first = grants.redeemCode(code);
        assertThat(first.grant().redirectUri()).isEqualTo(REQUEST.redirectUri());
        assertThat(grants.isRevoked(first.grant().grantId())).isFalse();

        assertThat(grants.redeemCode(code).failure()).isEqualTo(Grants.Failure.REPLAYED);
        assertThat(grants.isRevoked(first.grant().grantId())).isTrue();
        assertThat(grants.redeemCode("never-issued").failure()).isEqualTo(Grants.Failure.UNKNOWN);
    }

    @Test
    void aCodeExpiresAfterSixtySeconds() {
        String code = grants.newCode("demo-researcher", REQUEST);
        clock.now = clock.now.plus(AuthPolicy.CODE_LIFETIME).minusMillis(1);
        long expiresAt = grants.redeemCode(code).grant().expiresAt();
        assertThat(grants.expired(expiresAt)).isFalse();
        clock.now = clock.now.plusMillis(1);
        assertThat(grants.expired(expiresAt)).isTrue();
    }

    @Test
    void refreshTokensRotateAndAReuseRevokesTheSignIn() {
        String grantId =
                grants.redeemCode(grants.newCode("demo-admin", REQUEST)).grant().grantId();
        String first = grants.newRefreshToken(grantId, AuthPolicy.CLIENT_ID, "openid");
        assertThat(grants.redeemRefreshToken(first).grant().grantId()).isEqualTo(grantId);
        String second = grants.newRefreshToken(grantId, AuthPolicy.CLIENT_ID, "openid");
        assertThat(grants.redeemRefreshToken(first).failure()).isEqualTo(Grants.Failure.REPLAYED);
        assertThat(grants.isRevoked(grantId)).isTrue();
        // The newest token still redeems as a row, but its sign-in is revoked: the token endpoint refuses it.
        assertThat(grants.isRevoked(grants.redeemRefreshToken(second).grant().grantId()))
                .isTrue();
    }

    @Test
    void codesAndRefreshTokensAreStoredOnlyAsHashes() throws Exception {
        String code = grants.newCode("demo-agent", REQUEST);
        String grantId = grants.redeemCode(code).grant().grantId();
        String refresh = grants.newRefreshToken(grantId, AuthPolicy.CLIENT_ID, "openid");
        List<String> stored = new ArrayList<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT code_hash FROM auth_code",
                    "SELECT token_hash FROM auth_refresh_token",
                    "SELECT password_hash FROM auth_user")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        }
        assertThat(stored)
                .contains(Secrets.sha256(code), Secrets.sha256(refresh))
                .doesNotContain(code, refresh, "researcher", "steward", "admin", "agent");
    }
}

package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OsKeyringTest {
    private static boolean linux() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.contains("win") && !os.contains("mac");
    }

    @Test
    void withoutADbusSessionThereIsNoKeyringAndTheReasonSaysSo() {
        assumeTrue(linux(), "D-Bus matters only on Linux and other Unix");
        OsKeyring.Probe probe = OsKeyring.probe(Map.of(), Duration.ofSeconds(5));
        assertThat(probe.keyring()).isEmpty();
        assertThat(probe.reason()).contains("DBUS_SESSION_BUS_ADDRESS");
    }

    /**
     * The OS keyring, or a skip saying why there is none. A desktop session has one; CI runs this class again under
     * GNOME Keyring in a private D-Bus session (scripts/ci/keyring-test.sh), where a skip fails the run.
     */
    private static SecretStore realKeyring() {
        OsKeyring.Probe probe = OsKeyring.probe(System.getenv(), Duration.ofSeconds(10));
        assumeTrue(probe.keyring().isPresent(), () -> "no OS keyring here: " + probe.reason());
        return probe.keyring().get();
    }

    @Test
    void theRealKeyringKeepsAndForgetsASecret() {
        SecretStore keyring = realKeyring();
        String account = "test " + UUID.randomUUID();
        try {
            assertThat(keyring.read(account)).isEmpty();
            keyring.write(account, "refresh-secret");
            assertThat(keyring.read(account)).contains("refresh-secret");
            keyring.write(account, "rotated-secret");
            assertThat(keyring.read(account)).contains("rotated-secret");
        } finally {
            keyring.delete(account);
        }
        assertThat(keyring.read(account)).isEmpty();
    }

    @Test
    void aRefreshTokenSurvivesInTheRealKeyringAndNothingElseIsKept() {
        SecretStore keyring = realKeyring();
        String account = "test " + UUID.randomUUID();
        KeyringTokenStore store = new KeyringTokenStore(keyring, account, "openid");
        try {
            store.save(new TokenSet(
                    "access-secret",
                    "refresh-secret",
                    "id-secret",
                    Instant.now().plusSeconds(300),
                    "openid"));
            // A new store over the same keyring entry, as after a restart of the app.
            TokenSet loaded =
                    new KeyringTokenStore(keyring, account, "openid").load().orElseThrow();
            assertThat(loaded.refreshToken()).isEqualTo("refresh-secret");
            assertThat(loaded.accessToken()).isEmpty();
            assertThat(loaded.expiresAt()).isEqualTo(Instant.EPOCH);
            assertThat(keyring.read(account)).contains("refresh-secret");
            store.clear();
            assertThat(store.load()).isEmpty();
        } finally {
            keyring.delete(account);
        }
    }
}

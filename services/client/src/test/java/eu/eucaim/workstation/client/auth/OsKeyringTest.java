package eu.eucaim.workstation.client.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /** Runs where a desktop session has a keyring; CI machines usually have none and skip it. */
    @Test
    void theRealKeyringKeepsAndForgetsASecret() {
        OsKeyring.Probe probe = OsKeyring.probe(System.getenv(), Duration.ofSeconds(10));
        assumeTrue(probe.keyring().isPresent(), () -> "no OS keyring here: " + probe.reason());
        SecretStore keyring = probe.keyring().get();
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
}

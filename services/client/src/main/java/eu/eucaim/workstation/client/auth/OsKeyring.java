package eu.eucaim.workstation.client.auth;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.common.NamedThreads;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS keyring through java-keyring: the Secret Service over D-Bus on Linux (GNOME Keyring, KWallet 5.97+,
 * KeePassXC), the Keychain on macOS, the Credential Manager on Windows. Secrets are filed under the service name
 * {@value #SERVICE}.
 */
public final class OsKeyring implements SecretStore {
    public static final String SERVICE = "EUCAIM Workstation";

    private final Keyring keyring;

    private OsKeyring(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keyring, or why there is none. */
    public record Probe(Optional<SecretStore> keyring, String reason) {}

    /**
     * Looks for a usable keyring, waiting at most {@code wait}: connecting to a D-Bus session without a Secret
     * Service, or one that asks the user to unlock it, can take long. On Linux without a D-Bus session (a headless
     * CI machine, an SSH login) there is none to try.
     */
    public static Probe probe(Map<String, String> environment, Duration wait) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean linuxLike = !os.contains("win") && !os.contains("mac");
        if (linuxLike && isBlank(environment.get("DBUS_SESSION_BUS_ADDRESS"))) {
            return new Probe(Optional.empty(), "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)");
        }
        CompletableFuture<Keyring> created = new CompletableFuture<>();
        NamedThreads.start("eucaim-keyring-probe", () -> {
            try {
                Keyring k = Keyring.create();
                // Creating the Secret Service backend only connects; reading proves the service answers.
                readOrNull(k, "probe");
                created.complete(k);
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                created.completeExceptionally(e);
            }
        });
        try {
            Keyring k = created.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return new Probe(Optional.of(new OsKeyring(k)), null);
        } catch (TimeoutException e) {
            return new Probe(Optional.empty(), "the keyring did not answer within " + wait.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Probe(
                    Optional.empty(),
                    "no usable keyring (" + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(Optional.empty(), "interrupted while looking for the keyring");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The secret, or null when there is none; java-keyring reports "none" as an exception. */
    private static String readOrNull(Keyring k, String account) {
        try {
            return k.getPassword(SERVICE, account);
        } catch (PasswordAccessException none) {
            return null;
        }
    }

    @Override
    public Optional<String> read(String account) {
        try {
            return Optional.ofNullable(readOrNull(keyring, account));
        } catch (RuntimeException e) {
            throw new AuthException(
                    "Cannot read the sign-in from " + describe() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public void write(String account, String secret) {
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            // The exception's message is the library's; it never contains the secret, but keep only its type.
            throw new AuthException(
                    "Cannot save the sign-in in " + describe() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public void delete(String account) {
        if (readOrNull(keyring, account) == null) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new AuthException(
                    "Cannot remove the sign-in from " + describe() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public String describe() {
        return "the OS keyring (" + keyring.getKeyringStorageType() + ")";
    }

    @Override
    public String toString() {
        return "OsKeyring[" + keyring.getKeyringStorageType() + "]";
    }
}

package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.client.auth.OsKeyring;
import eu.eucaim.workstation.client.auth.SecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A password kept in the OS keyring (never in {@code settings.json}): the embedded node's SMTP password, an image
 * source's HTTP Basic password; one entry per settings
 * folder. What the user typed this run is used at once ({@link #use}); {@link #save} then writes it to the keyring on
 * a thread that may block. Without a keyring the password lasts until the app closes, and the user is told so.
 */
public final class KeptPassword {
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    private final Supplier<OsKeyring.Probe> keyring;
    private final String account;
    /** What it is, for messages: "the SMTP password". */
    private final String what;

    private final Consumer<String> notice;
    private OsKeyring.Probe probed;
    /** Set by {@link #use}: wins over the keyring for the rest of this run; "" = none. */
    private String typed;

    /**
     * @param keyring looks for the OS keyring, asked the first time the password is needed
     * @param notice  gets one line when the password cannot be kept or read (never the password)
     */
    public KeptPassword(Path configDir, Supplier<OsKeyring.Probe> keyring, Consumer<String> notice) {
        this("smtp " + configDir.toAbsolutePath().normalize(), "the SMTP password", keyring, notice);
    }

    private KeptPassword(String account, String what, Supplier<OsKeyring.Probe> keyring, Consumer<String> notice) {
        this.account = account;
        this.what = what;
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.notice = Objects.requireNonNull(notice, "notice");
    }

    /** The real OS keyring, found through the process environment. */
    public static KeptPassword smtp(Path configDir, Consumer<String> notice) {
        return new KeptPassword(configDir, () -> OsKeyring.probe(System.getenv(), PROBE_WAIT), notice);
    }

    /** The HTTP Basic password of {@code user} at the image source {@code url}, in the real OS keyring. */
    public static KeptPassword imageSource(Path configDir, String url, String user, Consumer<String> notice) {
        return new KeptPassword(
                "dicomweb " + configDir.toAbsolutePath().normalize() + " " + user + "@" + url,
                "the password of " + user + " at " + url,
                () -> OsKeyring.probe(System.getenv(), PROBE_WAIT),
                notice);
    }

    /** The password to sign in with, if any: the one typed this run, else the keyring's. May block on the keyring. */
    public synchronized Optional<String> read() {
        if (typed != null) {
            return typed.isEmpty() ? Optional.empty() : Optional.of(typed);
        }
        Optional<SecretStore> secrets = secrets();
        if (secrets.isEmpty()) {
            return Optional.empty();
        }
        try {
            return secrets.get().read(account).filter(s -> !s.isEmpty());
        } catch (RuntimeException e) {
            notice.accept("Could not read " + what + " from " + secrets.get().describe() + ": "
                    + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Uses {@code password} from now on ("" = none); no I/O, so the FX thread may call it. */
    public synchronized void use(String password) {
        typed = Objects.requireNonNull(password, "password");
    }

    /** Writes what {@link #use} set to the keyring (or removes the entry for ""). Blocking: not on the FX thread. */
    public synchronized void save() {
        if (typed == null) {
            return;
        }
        Optional<SecretStore> secrets = secrets();
        if (secrets.isEmpty()) {
            if (!typed.isEmpty()) {
                notice.accept("No OS keyring (" + probed.reason() + "): " + what + " is used until the app"
                        + " closes, and asked for again next time");
            }
            return;
        }
        try {
            if (typed.isEmpty()) {
                secrets.get().delete(account);
            } else {
                secrets.get().write(account, typed);
            }
        } catch (RuntimeException e) {
            notice.accept("Could not keep " + what + " in " + secrets.get().describe() + ": "
                    + e.getClass().getSimpleName() + "; it is used until the app closes");
        }
    }

    private Optional<SecretStore> secrets() {
        if (probed == null) {
            probed = keyring.get();
        }
        return probed.keyring();
    }

    @Override
    public String toString() {
        return "KeptPassword[" + account + "]"; // never the password
    }
}

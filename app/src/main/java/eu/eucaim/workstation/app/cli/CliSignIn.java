package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.client.auth.SignInClient;
import eu.eucaim.workstation.client.auth.SignInStorage;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What the sign-in commands share with each other and with the desktop app: the same saved sign-in and settings. */
final class CliSignIn {
    private CliSignIn() {}

    /** The saved sign-in of this user (or of {@code EUCAIM_HOME}); notices (no keyring...) go to {@code err}. */
    static SignInStorage storage(PrintWriter err) {
        return SignInStorage.in(UserDirectories.detect().config(), line -> {
            err.println("note: " + line);
            err.flush();
        });
    }

    static SignInClient client(PrintWriter err, Duration timeout) {
        return new SignInClient(storage(err), timeout);
    }

    /** For commands that use the saved sign-in but never open a browser. */
    static SignInClient client(PrintWriter err) {
        return client(err, Duration.ofMinutes(5));
    }

    static Settings settings() {
        return SettingsStore.in(UserDirectories.detect()).load().value();
    }

    /**
     * The provider set in the desktop app's settings, else the remote node it uses (nodes are providers too), or
     * LS-AAI for the EUCAIM platform.
     */
    static Optional<URI> configuredIssuer(Settings s) {
        if (!s.signInIssuer().isBlank()) {
            return Optional.of(URI.create(s.signInIssuer()));
        }
        if (s.nodeMode() == NodeMode.PLATFORM) {
            return Optional.of(URI.create(s.normalised().platform().issuer()));
        }
        if (s.nodeMode() == NodeMode.REMOTE && !s.nodeUrl().isBlank()) {
            return Optional.of(URI.create(s.nodeUrl()));
        }
        return Optional.empty();
    }
}

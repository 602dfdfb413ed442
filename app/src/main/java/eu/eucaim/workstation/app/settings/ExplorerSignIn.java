package eu.eucaim.workstation.app.settings;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Signing in to the EUCAIM explorer, whose Spot admits a web session (oauth2-proxy's cookie) and no bearer token:
 * the shell opens its sign-in page and keeps the session's cookie in memory.
 */
public interface ExplorerSignIn {
    /** Where no sign-in window can be shown (tests of the form alone). */
    ExplorerSignIn NONE = new ExplorerSignIn() {
        @Override
        public CompletableFuture<Void> signIn(URI explorer) {
            return CompletableFuture.failedFuture(new eu.eucaim.workstation.app.fx.UserMessageException(
                    "the explorer sign-in is not available here", null));
        }

        @Override
        public boolean signedIn() {
            return false;
        }
    };

    /** Signs in at {@code explorer}'s sign-in page; completes (on the FX thread) once its session is kept. */
    CompletableFuture<Void> signIn(URI explorer);

    /** Whether a session of the explorer is kept now. */
    boolean signedIn();
}

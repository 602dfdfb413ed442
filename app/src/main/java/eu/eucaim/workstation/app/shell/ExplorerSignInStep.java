package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.auth.ExplorerSignInWindow;
import eu.eucaim.workstation.app.connection.ExplorerSession;
import eu.eucaim.workstation.app.settings.ExplorerSignIn;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Window;

/**
 * Settings' "Sign in to the explorer": the explorer's sign-in window over the window in front (the Settings
 * dialog), its session cookie kept in the app's {@link ExplorerSession}.
 */
final class ExplorerSignInStep implements ExplorerSignIn {
    private final ExplorerSession session;

    ExplorerSignInStep(ExplorerSession session) {
        this.session = session;
    }

    @Override
    public CompletableFuture<Void> signIn(URI explorer) {
        Window front = Window.getWindows().stream()
                .filter(Window::isFocused)
                .findFirst()
                .orElse(null);
        return ExplorerSignInWindow.open(front, explorer).thenAccept(session::keep);
    }

    @Override
    public boolean signedIn() {
        return session.signedIn();
    }
}

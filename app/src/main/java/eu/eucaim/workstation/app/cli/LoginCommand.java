package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.app.auth.SystemBrowser;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.client.auth.SignInClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eucaim login}: the desktop app's browser sign-in (OpenID Connect, PKCE, loopback redirect) from the
 * command line. The sign-in is saved where the desktop app keeps its own, so later commands (and the app) use it.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        description = {
            "Sign in through the browser and save the sign-in for later commands and the desktop app.",
            "Without a browser, prints the URL to open on stderr."
        })
public final class LoginCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--issuer",
            paramLabel = "URL",
            description =
                    "OpenID provider (issuer URL); default: the desktop app's sign-in setting, else its remote node.")
    URI issuer;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description =
                    "client id registered at the provider; default: the desktop app's setting (${DEFAULT-VALUE} unless changed).",
            defaultValue = Settings.DEFAULT_CLIENT_ID)
    String clientId;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "how long to wait for the browser; default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    private final BrowserOpener browser;

    public LoginCommand() {
        this(null);
    }

    /** @param browser shows the sign-in page instead of the system browser (tests sign in over HTTP with it) */
    public LoginCommand(BrowserOpener browser) {
        this.browser = browser;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            throw new CommandFailedException(
                    "--timeout must be a positive number of seconds, not " + timeoutSeconds, null);
        }
        Settings settings = CliSignIn.settings();
        URI provider = issuer != null
                ? issuer
                : CliSignIn.configuredIssuer(settings)
                        .orElseThrow(() -> new CommandFailedException(
                                "no sign-in provider: pass --issuer URL (e.g. a node's address; the embedded"
                                        + " node's provider runs only while the desktop app or 'eucaim node' does)",
                                null));
        String client = spec.commandLine().getParseResult().hasMatchedOption("--client-id")
                ? clientId
                : settings.signInClientId();
        SignInClient signIn = CliSignIn.client(err, Duration.ofSeconds(timeoutSeconds));
        CompletableFuture<SignInClient.SignedIn> running =
                signIn.signIn(provider, client, browser != null ? browser : systemBrowserOrPrint(err));
        try {
            SignInClient.SignedIn signedIn = running.get();
            String roles = signedIn.identity().roles().stream()
                    .map(r -> r.claim())
                    .sorted()
                    .collect(Collectors.joining(", "));
            out.println("signed in as " + signedIn.displayName() + " (" + (roles.isEmpty() ? "no roles" : roles) + ")");
            out.flush();
            return 0;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthException) {
                throw new CommandFailedException(cause.getMessage(), cause);
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted", e);
        }
    }

    private static BrowserOpener systemBrowserOrPrint(PrintWriter err) {
        return url -> {
            try {
                new SystemBrowser().open(url);
                err.println("Opened your browser to sign in at " + url.getHost() + "; waiting for it…");
            } catch (IOException | RuntimeException e) {
                err.println("Open this URL to sign in: " + url);
            }
            err.flush();
        };
    }
}

package eu.eucaim.workstation.app.cli.auth;

import eu.eucaim.workstation.client.auth.AccessTokenSource;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The bearer token of a command that calls protected APIs ({@code query}, {@code materialize}, ...): add it with
 * {@code @Mixin TokenOptions token;} and call {@link #source()}. The order is the issue's: {@code --token}, else
 * the {@code EUCAIM_TOKEN} environment variable, else the saved session of the desktop app or
 * {@code eucaim login} (refreshed when needed).
 */
public final class TokenOptions {
    public static final String ENVIRONMENT_VARIABLE = "EUCAIM_TOKEN";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token to send; default: $" + ENVIRONMENT_VARIABLE + ", else the saved sign-in.")
    String token;

    /** Where the token comes from; environment is a parameter so tests do not depend on the real one. */
    public AccessTokenSource source(Map<String, String> environment) {
        if (token != null && !token.isBlank()) {
            return AccessTokenSource.fixed(token);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return AccessTokenSource.fixed(fromEnvironment);
        }
        return savedSession();
    }

    public AccessTokenSource source() {
        return source(System.getenv());
    }

    /** The saved sign-in; completed by the sign-in work (keyring or file store, refreshed through Session). */
    private AccessTokenSource savedSession() {
        return AccessTokenSource.none("not signed in: run 'eucaim login', or pass --token or set "
                + ENVIRONMENT_VARIABLE);
    }
}

package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.client.auth.Session;
import eu.eucaim.workstation.client.auth.SignInClient;
import eu.eucaim.workstation.client.auth.SignInStorage;
import eu.eucaim.workstation.client.auth.TokenEndpointException;
import java.time.Duration;
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
    static final String NOT_SIGNED_IN =
            "not signed in: run 'eucaim login', or pass --token or set " + ENVIRONMENT_VARIABLE;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
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

    /**
     * The saved sign-in (keyring or file), loaded on first use and refreshed through {@link Session} when needed.
     * When there is none, or its provider has ended it, the call fails saying what to do.
     */
    private AccessTokenSource savedSession() {
        SignInClient client = new SignInClient(
                SignInStorage.in(UserDirectories.detect().config(), line -> {}), Duration.ofMinutes(5));
        return new AccessTokenSource() {
            private Session session;

            @Override
            public synchronized String accessToken() {
                if (session == null) {
                    session = client.savedSession().orElseThrow(() -> new AuthException(NOT_SIGNED_IN));
                }
                try {
                    return session.accessToken();
                } catch (TokenEndpointException e) {
                    throw new AuthException("the saved sign-in was refused (" + e.error() + "): run 'eucaim login'", e);
                }
            }

            @Override
            public String toString() {
                return "AccessTokenSource[saved sign-in]";
            }
        };
    }
}

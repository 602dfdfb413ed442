package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.auth.AuthException;
import java.net.URI;
import java.time.Clock;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Calls a token endpoint as a public client (no secret; PKCE proves the caller). */
public final class TokenEndpointClient {
    private final URI tokenEndpoint;
    private final String clientId;
    private final OkHttpClient http;
    private final Clock clock;

    public TokenEndpointClient(URI tokenEndpoint, String clientId) {
        this(tokenEndpoint, clientId, AuthHttp.DEFAULT, Clock.systemUTC());
    }

    public TokenEndpointClient(URI tokenEndpoint, String clientId, OkHttpClient http, Clock clock) {
        AuthHttp.requireSecure(tokenEndpoint, "token endpoint");
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.http = http;
        this.clock = clock;
    }

    /** Exchanges an authorization code (RFC 6749 §4.1.3 with the RFC 7636 verifier). */
    public TokenSet exchangeCode(String code, String codeVerifier, String redirectUri) {
        return post(
                new FormBody.Builder()
                        .add("grant_type", "authorization_code")
                        .add("code", code)
                        .add("code_verifier", codeVerifier)
                        .add("redirect_uri", redirectUri)
                        .add("client_id", clientId)
                        .build(),
                null,
                "signing in");
    }

    /**
     * Uses a refresh token (RFC 6749 §6). Providers that rotate refresh tokens return a new one; one that does not
     * keeps the old one valid, so it is kept.
     */
    public TokenSet refresh(String refreshToken) {
        return post(
                new FormBody.Builder()
                        .add("grant_type", "refresh_token")
                        .add("refresh_token", refreshToken)
                        .add("client_id", clientId)
                        .build(),
                refreshToken,
                "refreshing the sign-in");
    }

    private TokenSet post(FormBody form, String previousRefreshToken, String what) {
        AuthHttp.JsonAnswer a = AuthHttp.call(
                http,
                new Request.Builder()
                        .url(tokenEndpoint.toString())
                        .header("Accept", "application/json")
                        .post(form)
                        .build(),
                what);
        JsonNode b = a.body();
        if (a.status() != 200 || b == null || !b.hasNonNull("access_token")) {
            String error = b == null ? "http_" + a.status() : b.path("error").asText("http_" + a.status());
            String description = b == null || !b.hasNonNull("error_description")
                    ? null
                    : b.get("error_description").asText();
            throw new TokenEndpointException(a.status(), error, description);
        }
        if (!"bearer".equalsIgnoreCase(b.path("token_type").asText())) {
            throw new AuthException("The sign-in provider issued a token of type "
                    + b.path("token_type").asText() + ", not Bearer");
        }
        long expiresIn = b.path("expires_in").asLong(300);
        return new TokenSet(
                b.get("access_token").asText(),
                b.hasNonNull("refresh_token") ? b.get("refresh_token").asText() : previousRefreshToken,
                b.hasNonNull("id_token") ? b.get("id_token").asText() : null,
                clock.instant().plusSeconds(expiresIn),
                b.hasNonNull("scope") ? b.get("scope").asText() : null);
    }
}

package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Tells the provider that a sign-in is over, from the app or the command line, without a browser:
 * <ol>
 *   <li>ends its session (OpenID Connect RP-Initiated Logout 1.0): a back-channel {@code GET end_session_endpoint}
 *       with {@code id_token_hint} and {@code client_id}, when the discovery document names the endpoint and an ID
 *       token is at hand (a sign-in kept in the keyring keeps no ID token: then only the next step);
 *   <li>revokes the refresh token (RFC 7009, {@code token_type_hint=refresh_token}) when it names a
 *       {@code revocation_endpoint}; at Keycloak this also ends the client's sessions, offline ones included.
 * </ol>
 * Each step is tried whatever the other's outcome. Nothing here keeps or forgets the local copy: the caller has
 * forgotten it already.
 */
final class ProviderSignOut {
    private final OkHttpClient http;

    ProviderSignOut(OkHttpClient http) {
        this.http = http;
    }

    /**
     * @return empty when the provider was told, or offers no way to be told; else one line saying what failed
     */
    Optional<String> tell(URI issuer, String clientId, TokenSet tokens) {
        ProviderMetadata provider;
        try {
            provider = OidcDiscovery.fetch(http, issuer);
        } catch (AuthException e) {
            return Optional.of(notTold(List.of(e.getMessage())));
        }
        List<String> failures = new ArrayList<>();
        if (provider.endSessionEndpoint() != null && tokens.idToken() != null) {
            endSession(provider.endSessionEndpoint(), clientId, tokens.idToken())
                    .ifPresent(failures::add);
        }
        if (provider.revocationEndpoint() != null && tokens.refreshToken() != null) {
            revoke(provider.revocationEndpoint(), clientId, tokens.refreshToken())
                    .ifPresent(failures::add);
        }
        return failures.isEmpty() ? Optional.empty() : Optional.of(notTold(failures));
    }

    private Optional<String> endSession(URI endpoint, String clientId, String idToken) {
        return answer(
                endpoint,
                url -> new Request.Builder()
                        .url(url.newBuilder()
                                .addQueryParameter("id_token_hint", idToken)
                                .addQueryParameter("client_id", clientId)
                                .build())
                        .get()
                        .build(),
                "ending the session",
                status -> status >= 200 && status < 400);
    }

    private Optional<String> revoke(URI endpoint, String clientId, String refreshToken) {
        FormBody form = new FormBody.Builder()
                .add("token", refreshToken)
                .add("token_type_hint", "refresh_token")
                .add("client_id", clientId)
                .build();
        return answer(
                endpoint,
                url -> new Request.Builder().url(url).post(form).build(),
                "revoking the refresh token",
                status -> status == 200);
    }

    /** Empty when the endpoint answered with an accepted status, else what went wrong (never a token). */
    private Optional<String> answer(
            URI endpoint, Function<HttpUrl, Request> request, String what, IntPredicate accepted) {
        try {
            AuthHttp.requireSecure(endpoint, "sign-out endpoint");
            AuthHttp.JsonAnswer a = AuthHttp.call(http, request.apply(HttpUrl.get(endpoint.toString())), what);
            if (accepted.test(a.status())) {
                return Optional.empty();
            }
            String error = a.body() == null ? "" : a.body().path("error").asText("");
            return Optional.of(what + " was refused (HTTP " + a.status() + (error.isEmpty() ? "" : ", " + error) + ")");
        } catch (AuthException e) {
            return Optional.of(e.getMessage());
        } catch (IllegalArgumentException e) {
            return Optional.of("the provider names an unusable endpoint for " + what + ": " + endpoint);
        }
    }

    private static String notTold(List<String> failures) {
        return "Signed out here, but the sign-in provider could not be told (" + String.join("; ", failures)
                + "); the sign-in stays open there until it expires.";
    }
}

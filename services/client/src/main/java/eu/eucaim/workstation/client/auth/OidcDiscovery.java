package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.auth.AuthException;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Reads an OpenID provider's discovery document (OpenID Connect Discovery 1.0). */
public final class OidcDiscovery {
    private OidcDiscovery() {}

    public static ProviderMetadata fetch(URI issuer) {
        return fetch(AuthHttp.DEFAULT, issuer);
    }

    /**
     * GETs {@code issuer/.well-known/openid-configuration}; the document's issuer must equal the one asked for
     * (Discovery §4.3), so that a look-alike cannot hand out another provider's endpoints.
     */
    public static ProviderMetadata fetch(OkHttpClient http, URI issuer) {
        AuthHttp.requireSecure(issuer, "sign-in provider");
        String base = trimSlash(issuer.toString());
        AuthHttp.JsonAnswer a = AuthHttp.call(
                http,
                new Request.Builder()
                        .url(base + "/.well-known/openid-configuration")
                        .header("Accept", "application/json")
                        .get()
                        .build(),
                "discovery");
        if (a.status() != 200 || a.body() == null || !a.body().isObject()) {
            throw new AuthException(
                    "The sign-in provider " + base + " has no usable discovery document (HTTP " + a.status() + ")");
        }
        JsonNode d = a.body();
        if (!base.equals(trimSlash(d.path("issuer").asText()))) {
            throw new AuthException("The discovery document of " + base + " names another issuer: "
                    + d.path("issuer").asText());
        }
        ProviderMetadata m = new ProviderMetadata(
                issuer,
                uri(d, "authorization_endpoint"),
                uri(d, "token_endpoint"),
                uri(d, "jwks_uri"),
                uri(d, "userinfo_endpoint"),
                uri(d, "revocation_endpoint"),
                uri(d, "end_session_endpoint"));
        AuthHttp.requireSecure(m.tokenEndpoint(), "token endpoint");
        return m;
    }

    private static URI uri(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || !v.isTextual() ? null : URI.create(v.asText());
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

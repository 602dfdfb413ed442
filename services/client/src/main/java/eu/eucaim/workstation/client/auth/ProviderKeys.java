package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * What a provider is, whatever its address: the JWK thumbprints (RFC 7638, SHA-256) of the signing keys its
 * {@code jwks_uri} serves. The embedded node keeps its key in its database, so it serves the same one on every port
 * it starts on; another provider on this computer (a local Keycloak) serves others. Public keys only: nothing secret.
 */
final class ProviderKeys {
    /** The members RFC 7638 §3.2 hashes, per key type. Symmetric keys are never published, so never hashed. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "RSA", List.of("e", "kty", "n"),
            "EC", List.of("crv", "kty", "x", "y"),
            "OKP", List.of("crv", "kty", "x"));

    private ProviderKeys() {}

    /**
     * The thumbprints of the provider's published keys.
     *
     * @throws AuthException when it has no {@code jwks_uri} or the key set cannot be read
     */
    static Set<String> of(OkHttpClient http, ProviderMetadata provider) {
        if (provider.jwksUri() == null) {
            throw new AuthException("The sign-in provider " + provider.issuer() + " publishes no signing keys");
        }
        AuthHttp.requireSecure(provider.jwksUri(), "key set");
        AuthHttp.JsonAnswer a = AuthHttp.call(
                http,
                new Request.Builder()
                        .url(provider.jwksUri().toString())
                        .header("Accept", "application/json")
                        .get()
                        .build(),
                "reading its signing keys");
        if (a.status() != 200 || a.body() == null || !a.body().path("keys").isArray()) {
            throw new AuthException("No usable key set from " + provider.jwksUri() + " (HTTP " + a.status() + ")");
        }
        Set<String> thumbprints = new LinkedHashSet<>();
        for (JsonNode key : a.body().get("keys")) {
            String t = thumbprint(key);
            if (t != null) {
                thumbprints.add(t);
            }
        }
        return thumbprints;
    }

    /** RFC 7638: SHA-256 of the required members, sorted, as compact JSON; null for a key type without them. */
    static String thumbprint(JsonNode jwk) {
        List<String> members = REQUIRED.get(jwk.path("kty").asText());
        if (members == null) {
            return null;
        }
        Map<String, String> required = new TreeMap<>();
        for (String m : members) {
            if (!jwk.path(m).isTextual()) {
                return null;
            }
            required.put(m, jwk.get(m).asText());
        }
        try {
            byte[] json = Json.mapper().writeValueAsBytes(required);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash a key", e);
        }
    }
}

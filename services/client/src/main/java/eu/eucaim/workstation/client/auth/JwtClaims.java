package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a JWT the client got straight from the provider's token endpoint (over TLS, or on this computer),
 * read without checking the signature, as OpenID Connect Core §3.1.3.7 item 6 allows for an ID token received that
 * way. Only for showing who is signed in: servers check the signature of every token they accept.
 */
final class JwtClaims {
    private JwtClaims() {}

    /** The payload of {@code jwt} as JSON; empty for an opaque token or one that is not a JWT. */
    static Optional<JsonNode> unverified(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims =
                    Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims != null && claims.isObject() ? Optional.of(claims) : Optional.empty();
        } catch (IOException | IllegalArgumentException notAJwt) {
            return Optional.empty();
        }
    }
}

package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal external OpenID Connect issuer on loopback (discovery document and JWKS, key held by the test), to sign
 * the tokens a real trusted issuer would: Keycloak's, LS-AAI's, expired ones, ID tokens.
 */
final class TestIssuer implements AutoCloseable {
    final RSAKey key = SigningKey.generate();
    private final HttpServer server;
    private final String url;

    /** @param path the issuer's path, e.g. {@code /realms/eucaim} as Keycloak has it */
    TestIssuer(String path) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        serve(
                path + "/.well-known/openid-configuration",
                "{\"issuer\":\"" + url + "\",\"jwks_uri\":\"" + url + "/protocol/openid-connect/certs\"}");
        serve(path + "/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
        server.start();
    }

    String url() {
        return url;
    }

    URI uri() {
        return URI.create(url);
    }

    /** Claims as Keycloak puts them in an access token: aud account, typ Bearer, roles in realm_access. */
    JWTClaimsSet.Builder keycloakAccessToken(String subject, List<String> realmRoles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(url)
                .audience("account")
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", AuthPolicy.CLIENT_ID)
                .claim("scope", "openid profile email")
                .claim("realm_access", Map.of("roles", realmRoles))
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account", "view-profile"))))
                .claim("preferred_username", "kc-" + subject)
                .claim("given_name", "Kim")
                .claim("family_name", "Cloak")
                .claim("email", subject + "@kc.example");
    }

    /** Claims as the node issues them (aud eucaim-workstation, a roles claim), from this issuer. */
    JWTClaimsSet.Builder nodeShapedAccessToken(String subject, List<String> roles) {
        return TestTokens.claims(url, "sid-" + subject, Instant.now(), roles).subject(subject);
    }

    String sign(JOSEObjectType type, JWTClaimsSet claims) {
        return TestTokens.sign(key, type, claims);
    }

    private void serve(String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

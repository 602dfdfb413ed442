package eu.eucaim.workstation.node.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import eu.eucaim.workstation.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Verifies access tokens of an external OpenID Connect issuer the node trusts (LS-AAI in EUCAIM, a Keycloak realm;
 * the first node in a demo federation): its discovery document names the JWKS, whose keys Nimbus caches and
 * refreshes on an unknown {@code kid}. Checks the signature (RS256/ES256/PS256, never none or HMAC), exact issuer,
 * the issuer's audience and header types ({@link TrustedIssuer}), exp/nbf with {@link AuthPolicy#CLOCK_SKEW}, and
 * that the token is no ID token ({@link IdTokens}); reads the user and their roles ({@link RoleMapping}) from the
 * claims. Discovery happens on the first token, not at start, so that a node may start before the issuer it trusts;
 * a failed discovery is retried on the next token. A token that passed is trusted until its {@code exp} without
 * these checks, as the node's own are ({@link VerifiedTokens}): a client sends the same token for minutes, a viewer
 * hundreds of requests with it.
 */
final class TrustedIssuerVerifier {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final TrustedIssuer settings;
    private final String issuer;
    private volatile DefaultJWTProcessor<SecurityContext> processor;
    private final VerifiedTokens verified;

    TrustedIssuerVerifier(TrustedIssuer settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock times the trust that follows a full check (which checks {@code exp} on the system's clock) */
    TrustedIssuerVerifier(TrustedIssuer settings, Clock clock) {
        this.settings = settings;
        this.issuer = settings.id();
        this.verified = new VerifiedTokens(clock);
    }

    String issuer() {
        return issuer;
    }

    /** The caller of a token that passed {@link #verify} and has not expired since; empty otherwise. */
    Optional<VerifiedCaller> known(String accessToken) {
        return verified.find(accessToken, issuer).map(VerifiedTokens.Verified::caller);
    }

    /**
     * Checks the token in full and has {@code provision} store its user; only then is the token trusted until its
     * {@code exp} (a user not stored is checked, and stored, again on the next request).
     */
    VerifiedCaller verify(String accessToken, Consumer<ExternalUser> provision) throws InvalidTokenException {
        JWTClaimsSet set = check(accessToken);
        ExternalUser user = ExternalUser.of(issuer, set, settings.roles());
        provision.accept(user);
        VerifiedCaller caller = user.caller();
        verified.remember(
                accessToken,
                new VerifiedTokens.Verified(
                        caller, null, issuer, set.getExpirationTime().toInstant()));
        return caller;
    }

    private JWTClaimsSet check(String accessToken) throws InvalidTokenException {
        JWTClaimsSet set;
        try {
            set = processor().process(accessToken, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("The access token is not a JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("The access token of " + issuer + " was rejected: " + e.getMessage());
        }
        IdTokens.refuse(set);
        return set;
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> p = processor;
        if (p == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build(discoverJwks());
                }
                p = processor;
            }
        }
        return p;
    }

    private URL discoverJwks() throws InvalidTokenException {
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new InvalidTokenException(
                        "The trusted issuer's discovery document " + discovery + " answered " + r.statusCode());
            }
            JsonNode doc = Json.mapper().readTree(r.body());
            String declared = doc.path("issuer").asText("");
            if (!issuer.equals(declared.endsWith("/") ? declared.substring(0, declared.length() - 1) : declared)) {
                throw new InvalidTokenException(
                        "The discovery document of " + issuer + " names another issuer: '" + declared + "'");
            }
            String jwks = doc.path("jwks_uri").asText("");
            if (jwks.isEmpty()) {
                throw new InvalidTokenException("The discovery document of " + issuer + " has no jwks_uri");
            }
            return URI.create(jwks).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException(
                    "Cannot read the discovery document of the trusted issuer " + issuer + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidTokenException("Interrupted while reading the discovery document of " + issuer);
        }
    }

    private DefaultJWTProcessor<SecurityContext> build(URL jwksUri) {
        JWKSource<SecurityContext> keys =
                JWKSourceBuilder.create(jwksUri).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new TokenTypes(settings.tokenTypes()));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                settings.audience(), new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew((int) AuthPolicy.CLOCK_SKEW.toSeconds());
        p.setJWTClaimsSetVerifier(claims);
        return p;
    }
}

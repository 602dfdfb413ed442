package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.eucaim.workstation.api.auth.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;

/** Signs the node's access tokens and ID tokens (RS256). */
final class TokenIssuer {
    private final RSAKey key;
    private final Supplier<String> issuer;
    private final Clock clock;

    TokenIssuer(RSAKey key, Supplier<String> issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** An access token for {@code user} from sign-in {@code grantId}, valid {@link AuthPolicy#ACCESS_TOKEN_LIFETIME}. */
    String accessToken(StoredUser user, String grantId, String scope) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.get())
                .audience(AuthPolicy.AUDIENCE)
                .subject(user.id())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(AuthPolicy.ACCESS_TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("client_id", AuthPolicy.CLIENT_ID)
                .claim("sid", grantId)
                .claim("scope", scope)
                .claim("preferred_username", user.username())
                .claim("roles", user.roles().stream().map(Role::claim).sorted().toList())
                .build();
        return sign(new JOSEObjectType(AuthPolicy.ACCESS_TOKEN_TYPE), claims);
    }

    /** The OpenID Connect ID token: who signed in, for the client (aud = client id). */
    String idToken(StoredUser user, String nonce) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.get())
                .audience(AuthPolicy.CLIENT_ID)
                .subject(user.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(AuthPolicy.ACCESS_TOKEN_LIFETIME)))
                .claim("preferred_username", user.username())
                .claim("name", user.displayName())
                .claim("email", user.email())
                .claim("roles", user.roles().stream().map(Role::claim).sorted().toList());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(JOSEObjectType.JWT, claims.build());
    }

    private String sign(JOSEObjectType type, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(type)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the node's key", e);
        }
        return jwt.serialize();
    }
}

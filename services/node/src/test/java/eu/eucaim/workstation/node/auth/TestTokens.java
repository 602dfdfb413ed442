package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Hand-made access tokens for the bad cases: expired, forged, unsigned, for someone else. */
final class TestTokens {
    private TestTokens() {}

    /** Claims as the node issues them, for {@code sid} and roles given, times relative to {@code now}. */
    static JWTClaimsSet.Builder claims(String issuer, String sid, Instant now, List<String> roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AuthPolicy.AUDIENCE)
                .subject("demo-researcher")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(AuthPolicy.ACCESS_TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sid)
                .claim("roles", roles);
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, new JOSEObjectType(AuthPolicy.ACCESS_TOKEN_TYPE), claims);
    }

    static String sign(RSAKey key, JOSEObjectType type, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(type)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    static JWTClaimsSet with(JWTClaimsSet.Builder b, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(b).build();
    }
}

package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Verifies access tokens this node issued: RS256 signature against its own key (so {@code alg=none} and HMAC
 * tricks fail), {@code typ} at+jwt, exact issuer, audience, exp/nbf with {@link AuthPolicy#CLOCK_SKEW}, no ID token's
 * claims ({@link IdTokens}), and that the sign-in they came from was not revoked (a replayed code revokes it).
 */
final class NodeTokenVerifier implements TokenVerifier {
    private final JWKSet keys;
    private final Supplier<String> issuer;
    private final Predicate<String> revokedGrant;

    NodeTokenVerifier(JWKSet publicKeys, Supplier<String> issuer, Predicate<String> revokedGrant) {
        this.keys = publicKeys;
        this.issuer = issuer;
        this.revokedGrant = revokedGrant;
    }

    @Override
    public VerifiedCaller verify(String accessToken) throws InvalidTokenException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new TokenTypes(Set.of(AuthPolicy.ACCESS_TOKEN_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                AuthPolicy.AUDIENCE,
                new JWTClaimsSet.Builder().issuer(issuer.get()).build(),
                Set.of("sub", "exp", "iat", "jti", "sid"));
        claims.setMaxClockSkew((int) AuthPolicy.CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        JWTClaimsSet set;
        try {
            set = processor.process(accessToken, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("The access token is not a JWT");
        } catch (BadJOSEException | JOSEException e) {
            // Nimbus's messages name the failed check (expired, bad signature, audience) and never echo the token.
            throw new InvalidTokenException("The access token was rejected: " + e.getMessage());
        }
        IdTokens.refuse(set);
        try {
            if (revokedGrant.test(set.getStringClaim("sid"))) {
                throw new InvalidTokenException("The access token's sign-in was revoked");
            }
        } catch (ParseException e) {
            throw new InvalidTokenException("The access token's claims have the wrong types");
        }
        return VerifiedCaller.of(set);
    }
}

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
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Verifies access tokens this node issued: RS256 signature against its own key (so {@code alg=none} and HMAC
 * tricks fail), {@code typ} at+jwt, exact issuer, audience, exp/nbf with {@link AuthPolicy#CLOCK_SKEW}, no ID token's
 * claims ({@link IdTokens}), and that the sign-in they came from was not revoked (a replayed code revokes it). A token
 * verified once is trusted until its exp without the signature and claims checks ({@link VerifiedTokens}); the
 * revocation is checked on every request.
 */
final class NodeTokenVerifier implements TokenVerifier {
    private final JWKSet keys;
    private final Supplier<String> issuer;
    private final Predicate<String> revokedGrant;
    private final Clock clock;
    private final VerifiedTokens verified;

    NodeTokenVerifier(JWKSet publicKeys, Supplier<String> issuer, Predicate<String> revokedGrant) {
        this(publicKeys, issuer, revokedGrant, Clock.systemUTC());
    }

    /** @param clock what exp, nbf and iat are checked against */
    NodeTokenVerifier(JWKSet publicKeys, Supplier<String> issuer, Predicate<String> revokedGrant, Clock clock) {
        this.keys = publicKeys;
        this.issuer = issuer;
        this.revokedGrant = revokedGrant;
        this.clock = clock;
        this.verified = new VerifiedTokens(clock);
    }

    @Override
    public VerifiedCaller verify(String accessToken) throws InvalidTokenException {
        Optional<VerifiedCaller> known = known(accessToken);
        if (known.isPresent()) {
            return known.get();
        }
        String iss = issuer.get();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new TokenTypes(Set.of(AuthPolicy.ACCESS_TOKEN_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        AuthPolicy.AUDIENCE,
                        new JWTClaimsSet.Builder().issuer(iss).build(),
                        Set.of("sub", "exp", "iat", "jti", "sid")) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
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
        String grantId;
        try {
            grantId = set.getStringClaim("sid");
        } catch (ParseException e) {
            throw new InvalidTokenException("The access token's claims have the wrong types");
        }
        refuseRevoked(grantId);
        VerifiedCaller caller = VerifiedCaller.of(set);
        verified.remember(
                accessToken,
                new VerifiedTokens.Verified(
                        caller, grantId, iss, set.getExpirationTime().toInstant()));
        return caller;
    }

    /** A token verified before and still trusted, its sign-in checked again: the router asks before parsing it. */
    @Override
    public Optional<VerifiedCaller> known(String accessToken) throws InvalidTokenException {
        Optional<VerifiedTokens.Verified> known = verified.find(accessToken, issuer.get());
        if (known.isPresent()) {
            refuseRevoked(known.get().grantId());
        }
        return known.map(VerifiedTokens.Verified::caller);
    }

    /** Whether the token is remembered and still trusted (for tests). */
    boolean knows(String accessToken) {
        return verified.find(accessToken, issuer.get()).isPresent();
    }

    /** Checked on every request, verified before or not: signing out or a replayed code revokes a sign-in at once. */
    private void refuseRevoked(String grantId) throws InvalidTokenException {
        if (revokedGrant.test(grantId)) {
            throw new InvalidTokenException("The access token's sign-in was revoked");
        }
    }

    int remembered() {
        return verified.size();
    }
}

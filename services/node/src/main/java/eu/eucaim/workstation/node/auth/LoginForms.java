package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The login form carries its validated authorization request itself, signed (HS256 with the node's
 * {@code login-form} secret) and valid for {@link AuthPolicy#LOGIN_FORM_LIFETIME}: no sign-in waits in server
 * memory, so a flood of {@code GET /oauth2/authorize} fills nothing, and a changed redirect URI, challenge or expiry
 * breaks the signature. The node remembers only forms that signed someone in (until they expire), so that a form
 * signs in once; only a right password adds to that.
 */
final class LoginForms {
    /** The {@code typ} of a form value: not an access or ID token, which the node signs with another key anyway. */
    static final JOSEObjectType TYPE = new JOSEObjectType("eucaim-login-form+jwt");

    /** What a posted form value turned out to be. */
    sealed interface Opened permits Valid, Refused {}

    /** A form this node issued, in time: its id and request. */
    record Valid(String formId, AuthorizationRequest request, Instant expiresAt) implements Opened {}

    /** A form value that cannot be used, and why, for the user. */
    record Refused(String reason) implements Opened {}

    static final String EXPIRED = "This sign-in form has expired (a form is valid for "
            + AuthPolicy.LOGIN_FORM_LIFETIME.toMinutes() + " minutes).";
    static final String NOT_OURS = "This sign-in form was changed or was not issued by this node.";
    static final String USED = "This sign-in form was already used.";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    LoginForms(byte[] secret, Clock clock) {
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The login-form secret must have at least 256 bits", e);
        }
        this.clock = clock;
    }

    /** The signed form value for {@code request}. */
    String issue(AuthorizationRequest request) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .jwtID(Secrets.newToken())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(AuthPolicy.LOGIN_FORM_LIFETIME)))
                .claim("client_id", request.clientId())
                .claim("redirect_uri", request.redirectUri())
                .claim("state", request.state())
                .claim("code_challenge", request.codeChallenge())
                .claim("scope", request.scope())
                .claim("nonce", request.nonce())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a login form", e);
        }
        return jwt.serialize();
    }

    /** Checks a posted form value: signed by this node with HS256, of this type, not expired, not used. */
    Opened open(String value) {
        if (value == null || value.isBlank()) {
            return new Refused(NOT_OURS);
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(value);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(verifier)) {
                return new Refused(NOT_OURS);
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return new Refused(NOT_OURS);
        }
        try {
            Date exp = claims.getExpirationTime();
            String id = claims.getJWTID();
            if (exp == null || id == null) {
                return new Refused(NOT_OURS);
            }
            if (!clock.instant().isBefore(exp.toInstant())) {
                return new Refused(EXPIRED);
            }
            if (spent.containsKey(id)) {
                return new Refused(USED);
            }
            return new Valid(
                    id,
                    new AuthorizationRequest(
                            claims.getStringClaim("client_id"),
                            claims.getStringClaim("redirect_uri"),
                            claims.getStringClaim("state"),
                            claims.getStringClaim("code_challenge"),
                            claims.getStringClaim("scope"),
                            claims.getStringClaim("nonce")),
                    exp.toInstant());
        } catch (ParseException e) {
            return new Refused(NOT_OURS);
        }
    }

    /** Marks a form used; false when another request used it first. */
    boolean spend(Valid form) {
        Instant now = clock.instant();
        spent.values().removeIf(expiry -> !now.isBefore(expiry));
        return spent.putIfAbsent(form.formId(), form.expiresAt()) == null;
    }
}

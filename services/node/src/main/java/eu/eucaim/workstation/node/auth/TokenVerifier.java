package eu.eucaim.workstation.node.auth;

/**
 * Checks an access token and says who it speaks for. The node's own provider is the first implementation;
 * trusted external issuers (LS-AAI, via discovery and a cached JWKS) will be others, chosen by the token's issuer.
 */
public interface TokenVerifier {
    /** @throws InvalidTokenException when the signature, expiry, issuer, audience or type is wrong */
    VerifiedCaller verify(String accessToken) throws InvalidTokenException;

    /** Whether this verifier verified the token before and still trusts it (then {@link #verify} is quick). */
    default boolean knows(String accessToken) {
        return false;
    }
}

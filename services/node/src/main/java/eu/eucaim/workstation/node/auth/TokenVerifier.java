package eu.eucaim.workstation.node.auth;

import java.util.Optional;

/**
 * Checks an access token and says who it speaks for. The node's own provider is the first implementation;
 * trusted external issuers (LS-AAI, via discovery and a cached JWKS) will be others, chosen by the token's issuer.
 */
public interface TokenVerifier {
    /** @throws InvalidTokenException when the signature, expiry, issuer, audience or type is wrong */
    VerifiedCaller verify(String accessToken) throws InvalidTokenException;

    /**
     * The caller of a token this verifier verified before and still trusts, without checking it in full again; empty
     * when it has not (then {@link #verify} decides).
     *
     * @throws InvalidTokenException when a token it trusted may no longer be used (its sign-in was revoked)
     */
    default Optional<VerifiedCaller> known(String accessToken) throws InvalidTokenException {
        return Optional.empty();
    }
}

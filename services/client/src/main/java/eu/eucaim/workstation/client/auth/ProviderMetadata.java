package eu.eucaim.workstation.client.auth;

import java.net.URI;
import java.util.Objects;

/**
 * The parts of an OpenID provider's discovery document the workstation uses.
 *
 * @param revocationEndpoint  RFC 7009 token revocation, or null when the provider offers none
 * @param endSessionEndpoint  OpenID Connect RP-Initiated Logout, or null when the provider offers none
 */
public record ProviderMetadata(
        URI issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        URI userinfoEndpoint,
        URI revocationEndpoint,
        URI endSessionEndpoint) {
    public ProviderMetadata {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorization_endpoint");
        Objects.requireNonNull(tokenEndpoint, "token_endpoint");
    }

    /** A provider with neither revocation nor an end-session endpoint. */
    public ProviderMetadata(
            URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI userinfoEndpoint) {
        this(issuer, authorizationEndpoint, tokenEndpoint, jwksUri, userinfoEndpoint, null, null);
    }
}

package eu.eucaim.workstation.client.auth;

import java.net.URI;
import java.util.Objects;

/** The parts of an OpenID provider's discovery document the workstation uses. */
public record ProviderMetadata(
        URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, URI userinfoEndpoint) {
    public ProviderMetadata {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorization_endpoint");
        Objects.requireNonNull(tokenEndpoint, "token_endpoint");
    }
}

package eu.eucaim.workstation.api.auth;

import java.net.URI;
import java.util.Objects;

/** Who is signed in, and at which provider: the identity the provider's userinfo (or ID token) gave. */
public record SignedIn(URI issuer, String clientId, UserIdentity identity) {
    public SignedIn {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(identity, "identity");
    }

    /** The name to show: the user name, else the display name, else the subject. */
    public String displayName() {
        if (identity.username() != null && !identity.username().isBlank()) {
            return identity.username();
        }
        return identity.name() != null && !identity.name().isBlank() ? identity.name() : identity.subject();
    }
}

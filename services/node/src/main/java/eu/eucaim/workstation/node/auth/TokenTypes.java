package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Set;

/**
 * Checks an access token's header {@code typ} against the types accepted from its issuer (compared as
 * {@link TrustedIssuer#normalType}), saying which type came and which were expected.
 */
final class TokenTypes implements JOSEObjectTypeVerifier<SecurityContext> {
    private final Set<String> accepted;

    TokenTypes(Set<String> accepted) {
        this.accepted =
                Set.copyOf(accepted.stream().map(TrustedIssuer::normalType).toList());
    }

    @Override
    public void verify(JOSEObjectType type, SecurityContext context) throws BadJOSEException {
        if (type == null) {
            throw new BadJOSEException("the token has no header typ; expected " + expected());
        }
        if (!accepted.contains(TrustedIssuer.normalType(type.getType()))) {
            throw new BadJOSEException("the token's header typ is '" + type.getType() + "', expected " + expected()
                    + " (an ID token or another kind of token is not an access token)");
        }
    }

    private String expected() {
        return String.join(" or ", accepted.stream().sorted().toList());
    }
}

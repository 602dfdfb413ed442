package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import java.util.Set;

/** Who a valid access token speaks for: its issuer, subject and roles. */
public record VerifiedCaller(String issuer, String subject, String username, Set<Role> roles) {
    public VerifiedCaller {
        roles = Set.copyOf(roles);
    }

    /** The caller a verified token's claims name; roles not known to the workstation are dropped. */
    static VerifiedCaller of(com.nimbusds.jwt.JWTClaimsSet claims) throws InvalidTokenException {
        try {
            Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
            java.util.List<String> claimed = claims.getStringListClaim("roles");
            if (claimed != null) {
                claimed.forEach(r -> Role.fromClaim(r).ifPresent(roles::add));
            }
            return new VerifiedCaller(
                    claims.getIssuer(), claims.getSubject(), claims.getStringClaim("preferred_username"), roles);
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("The access token's claims have the wrong types");
        }
    }
}

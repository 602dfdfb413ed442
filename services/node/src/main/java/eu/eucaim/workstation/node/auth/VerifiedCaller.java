package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;

import java.util.Set;

/** Who a valid access token speaks for: its issuer, subject and roles. */
public record VerifiedCaller(String issuer, String subject, String username, Set<Role> roles) {
    public VerifiedCaller {
        roles = Set.copyOf(roles);
    }
}

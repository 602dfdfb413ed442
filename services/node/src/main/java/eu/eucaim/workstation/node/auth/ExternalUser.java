package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.util.List;
import java.util.Set;

/**
 * A user of a trusted issuer as the node knows them: from the claims of their access token, with the roles the
 * issuer's {@link RoleMapping} gives. Their account on this node is {@code issuer#subject}.
 */
record ExternalUser(String issuer, String subject, String username, String name, String email, Set<Role> roles) {
    ExternalUser {
        roles = Set.copyOf(roles);
    }

    VerifiedCaller caller() {
        return new VerifiedCaller(issuer, subject, username, roles);
    }

    /** What {@code /api/me} and {@code /oauth2/userinfo} answer: no biobanks, which only the node's own users have. */
    UserIdentity identity() {
        return new UserIdentity(subject, username, name, email, roles, List.of());
    }
}

package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.util.List;
import java.util.Set;

/** A user row with its roles and stewarded biobanks; the password hash stays out of {@link #toString()}. */
record StoredUser(
        String id,
        String username,
        String displayName,
        String email,
        PasswordHasher.PasswordHash password,
        Set<Role> roles,
        List<String> stewardedBiobanks) {
    UserIdentity identity() {
        return new UserIdentity(id, username, displayName, email, roles, stewardedBiobanks);
    }

    @Override
    public String toString() {
        return "StoredUser[id=" + id + ", username=" + username + ", roles=" + roles + "]";
    }
}

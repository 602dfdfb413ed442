package eu.eucaim.workstation.node.http;

import java.util.Objects;

/** Who may call a route: anyone, or only a caller holding a role. Every route declares one. */
public sealed interface Access permits Access.Public, Access.SignedIn, Access.Role {
    Access PUBLIC = new Public();
    /** Any caller with a valid token, whatever their roles (e.g. {@code /api/me}). */
    Access SIGNED_IN = new SignedIn();

    static Access role(String name) {
        return new Role(name);
    }

    /** Anonymous access: the public catalogue, health. */
    record Public() implements Access {}

    /** A caller who proved who they are with a valid bearer token. */
    record SignedIn() implements Access {}

    /** Only callers holding {@code name} (e.g. "researcher", "admin"). */
    record Role(String name) implements Access {
        public Role {
            Objects.requireNonNull(name, "name");
        }
    }
}

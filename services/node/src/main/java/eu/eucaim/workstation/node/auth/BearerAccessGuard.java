package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.AccessGuard;
import eu.eucaim.workstation.node.http.ApiException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The guard of a node with sign-in: public routes are open; every other route needs a valid bearer token
 * (401 otherwise, RFC 6750 §3) and, for role routes, the role (403). The verified caller is left on the request.
 */
public final class BearerAccessGuard implements AccessGuard {
    private static final String CALLER = "eucaim.caller";
    private static final String REALM = "eucaim-node";

    private final TokenVerifier verifier;

    public BearerAccessGuard(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void check(Context ctx, Access access) {
        if (access instanceof Access.Public) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            // RFC 6750 §3.1: a request without credentials gets the challenge but no error code.
            ctx.header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
            throw new ApiException(401, "unauthorized", "Sign in: this endpoint needs a bearer token");
        }
        VerifiedCaller caller;
        try {
            caller = verifier.verify(header.substring(7).strip());
        } catch (InvalidTokenException e) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            throw new ApiException(401, "invalid_token", e.getMessage());
        }
        if (access instanceof Access.Role role) {
            boolean has =
                    Role.fromClaim(role.name()).map(caller.roles()::contains).orElse(false);
            if (!has) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
                throw new ApiException(
                        403,
                        "forbidden",
                        "This endpoint needs the role '" + role.name()
                                + "'; you are signed in with "
                                + (caller.roles().isEmpty()
                                        ? "no role"
                                        : "the roles "
                                                + caller.roles().stream()
                                                        .map(Role::claim)
                                                        .sorted()
                                                        .toList()));
            }
        }
        ctx.attribute(CALLER, caller);
    }

    /** The caller this guard verified for the current request; empty on public routes. */
    public static Optional<VerifiedCaller> caller(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }
}

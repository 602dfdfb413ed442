package eu.eucaim.workstation.node.http;

import io.javalin.http.Context;

/**
 * Decides, before a route's handler runs, whether the caller may use it (throws {@link ApiException} if not), and
 * says who the caller is.
 */
@FunctionalInterface
public interface AccessGuard {
    /**
     * The guard of a node without sign-in: public routes are open, routes that need a role are refused with 401,
     * since nobody can prove a role yet.
     */
    AccessGuard PUBLIC_ONLY = (ctx, access) -> {
        if (access instanceof Access.Public) {
            return Caller.ANONYMOUS;
        }
        if (access instanceof Access.Role role) {
            throw new ApiException(
                    401,
                    "unauthorized",
                    "This endpoint needs the role '" + role.name() + "', and this node has no sign-in configured");
        }
        if (access instanceof Access.SignedIn) {
            throw new ApiException(
                    401, "unauthorized", "This endpoint needs sign-in, and this node has no sign-in" + " configured");
        }
        throw new IllegalStateException("an access rule this guard does not know: " + access);
    };

    /** The caller, when the route's rule lets them in ({@link Caller#ANONYMOUS} on public routes). */
    Caller check(Context ctx, Access access);
}

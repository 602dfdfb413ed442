package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.AccessGuard;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.Caller;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The guard of a node with sign-in: public routes are open (to an anonymous caller); every other route needs a valid
 * bearer token (401 otherwise, RFC 6750 §3) and, for role routes, the role (403). The {@link Caller} it hands on holds
 * the memberships the node keeps for its own users; a caller of another issuer has none here, whatever its subject.
 */
public final class BearerAccessGuard implements AccessGuard {
    private static final String REALM = "eucaim-node";

    private final TokenVerifier verifier;
    private final Supplier<String> ownIssuer;
    private final Function<String, Set<String>> representedBiobanks;

    /**
     * @param ownIssuer           the node's own issuer: only its users have memberships here
     * @param representedBiobanks a user id's represented biobanks ({@link Memberships#representedBiobanks})
     */
    public BearerAccessGuard(
            TokenVerifier verifier, Supplier<String> ownIssuer, Function<String, Set<String>> representedBiobanks) {
        this.verifier = verifier;
        this.ownIssuer = ownIssuer;
        this.representedBiobanks = representedBiobanks;
    }

    @Override
    public Caller check(Context ctx, Access access) {
        if (access instanceof Access.Public) {
            return Caller.ANONYMOUS;
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
        return caller(caller);
    }

    private Caller caller(VerifiedCaller verified) {
        boolean ours = verified.issuer() != null && verified.issuer().equals(ownIssuer.get());
        String subject = verified.subject();
        return new Caller(
                ours ? subject : verified.issuer() + "#" + subject,
                verified.issuer(),
                subject,
                verified.username(),
                verified.roles(),
                () -> ours ? representedBiobanks.apply(subject) : Set.of());
    }
}

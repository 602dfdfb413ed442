package eu.eucaim.workstation.node.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user of a trusted issuer as the node knows them: from the claims of their access token, with the roles the
 * issuer's {@link RoleMapping} gives. Their account on this node is {@code issuer#subject}.
 */
record ExternalUser(String issuer, String subject, String username, String name, String email, Set<Role> roles) {
    /** Longest subject kept (auth_external_account.subject); a longer one cannot be an account here. */
    static final int MAX_SUBJECT_LENGTH = 255;

    ExternalUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The user a verified access token of {@code issuer} names: {@code preferred_username}, else {@code email}, else
     * the subject as user name; {@code name}, else given and family name, else the user name; the roles
     * {@code mapping} gives. Over-long values are cut to what the table holds.
     */
    static ExternalUser of(String issuer, JWTClaimsSet claims, RoleMapping mapping) throws InvalidTokenException {
        String subject = claims.getSubject();
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidTokenException(
                    "The access token's sub has more than " + MAX_SUBJECT_LENGTH + " characters");
        }
        String username = firstOf(claims, "preferred_username", "email").orElse(subject);
        String name = firstOf(claims, "name")
                .or(() -> firstOf(claims, "given_name")
                        .map(given -> firstOf(claims, "family_name")
                                .map(family -> given + " " + family)
                                .orElse(given)))
                .orElse(username);
        return new ExternalUser(
                issuer,
                subject,
                cut(username, 255),
                cut(name, 512),
                firstOf(claims, "email").map(e -> cut(e, 320)).orElse(null),
                mapping.rolesIn(claims.getClaims()));
    }

    /** The first of {@code names} that is a non-blank string claim. */
    private static Optional<String> firstOf(JWTClaimsSet claims, String... names) {
        for (String name : names) {
            if (claims.getClaim(name) instanceof String s && !s.isBlank()) {
                return Optional.of(s.strip());
            }
        }
        return Optional.empty();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    VerifiedCaller caller() {
        return new VerifiedCaller(issuer, subject, username, roles);
    }

    /** What {@code /api/me} and {@code /oauth2/userinfo} answer: no biobanks, which only the node's own users have. */
    UserIdentity identity() {
        return new UserIdentity(subject, username, name, email, roles, List.of());
    }
}

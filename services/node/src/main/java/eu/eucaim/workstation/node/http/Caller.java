package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.auth.Role;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is calling a route, handed to every handler: nobody ({@link #ANONYMOUS}, on public routes), or a caller whose
 * token the guard verified, with its roles and the memberships the node holds for it. Memberships are read from the
 * database when a rule first asks, once per request, so a change is seen by the next request.
 */
public final class Caller {
    public static final Caller ANONYMOUS = new Caller(null, null, null, null, Set.of(), Set::of);

    private final String account;
    private final String issuer;
    private final String subject;
    private final String username;
    private final Set<Role> roles;
    private final Supplier<Set<String>> representedBiobanks;
    private Set<String> represented;

    /**
     * @param account             who the caller is for this node, stable across its restarts: the user id of one of
     *                            its own users (whose tokens' issuer is the node's address, which changes with the
     *                            embedded node's port), {@code issuer#subject} for a user of a trusted issuer
     * @param representedBiobanks the biobanks whose datasets the caller represents (a data steward), asked lazily;
     *                            the node knows them only for its own users
     */
    public Caller(
            String account,
            String issuer,
            String subject,
            String username,
            Set<Role> roles,
            Supplier<Set<String>> representedBiobanks) {
        this.account = account;
        this.issuer = issuer;
        this.subject = subject;
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.representedBiobanks = Objects.requireNonNull(representedBiobanks, "representedBiobanks");
    }

    public boolean signedIn() {
        return account != null;
    }

    /** Who the caller is, as objects record their creator; null when anonymous. */
    public String account() {
        return account;
    }

    /** The token's issuer; null when anonymous. */
    public String issuer() {
        return issuer;
    }

    /** The token's subject, unique within its issuer; null when anonymous. */
    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The biobanks whose datasets this caller represents (empty for anyone but a data steward of this node). */
    public synchronized Set<String> representedBiobanks() {
        if (represented == null) {
            represented = Set.copyOf(representedBiobanks.get());
        }
        return represented;
    }

    /** For logs: who, never a token. */
    @Override
    public String toString() {
        return signedIn()
                ? "Caller[" + username + " (" + subject + "@" + issuer + "), " + roles + "]"
                : "Caller[anonymous]";
    }
}

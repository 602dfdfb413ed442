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
    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), Set::of);

    private final String issuer;
    private final String subject;
    private final String username;
    private final Set<Role> roles;
    private final Supplier<Set<String>> representedBiobanks;
    private Set<String> represented;

    /**
     * @param representedBiobanks the biobanks whose datasets the caller represents (a data steward), asked lazily;
     *                            the node knows them only for its own users
     */
    public Caller(
            String issuer,
            String subject,
            String username,
            Set<Role> roles,
            Supplier<Set<String>> representedBiobanks) {
        this.issuer = issuer;
        this.subject = subject;
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.representedBiobanks = Objects.requireNonNull(representedBiobanks, "representedBiobanks");
    }

    public boolean signedIn() {
        return subject != null;
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

    /** Whether this caller is {@code issuer}'s {@code subject}: the same person, as the creator of an object. */
    public boolean is(String issuer, String subject) {
        return signedIn() && this.subject.equals(subject) && Objects.equals(this.issuer, issuer);
    }

    /** For logs: who, never a token. */
    @Override
    public String toString() {
        return signedIn()
                ? "Caller[" + username + " (" + subject + "@" + issuer + "), " + roles + "]"
                : "Caller[anonymous]";
    }
}

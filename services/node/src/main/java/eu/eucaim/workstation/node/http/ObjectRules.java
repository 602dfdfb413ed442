package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.auth.Role;
import java.util.Collection;

/**
 * The rules about one object, written once for every feature: who created it, who represents the datasets it
 * touches, the access committee. A rule that fails throws the {@link ApiException} the client gets: 403 with the
 * reason when the caller may know the object exists, 404 when it may not (an object only its parties may see).
 *
 * <pre>{@code
 * Negotiation n = store.find(id).orElseThrow(...);
 * ObjectRules.requireVisible(caller, n.creator(), n.biobanks(), "negotiation", id);
 * ObjectRules.requireCreatorOrAdmin(caller, n.creator(), "abandon this negotiation");
 * }</pre>
 */
public final class ObjectRules {
    private ObjectRules() {}

    /** Whether the caller is on the access committee. */
    public static boolean isAdmin(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Whether the caller created the object {@code creator} names. */
    public static boolean isCreator(Caller caller, Creator creator) {
        return creator != null && caller.is(creator.issuer(), creator.subject());
    }

    /** Whether the caller represents the datasets of {@code biobankId} (a data steward of this node). */
    public static boolean represents(Caller caller, String biobankId) {
        return caller.signedIn() && caller.representedBiobanks().contains(biobankId);
    }

    /** Only the access committee may {@code action} (e.g. "approve a request"): 403 for anyone else. */
    public static void requireAdmin(Caller caller, String action) {
        if (!isAdmin(caller)) {
            throw forbidden("Only an admin (the access committee) may " + action);
        }
    }

    /** Only the object's creator, or an admin, may {@code action}: 403 for anyone else. */
    public static void requireCreatorOrAdmin(Caller caller, Creator creator, String action) {
        if (!isCreator(caller, creator) && !isAdmin(caller)) {
            throw forbidden("Only whoever created it, or an admin, may " + action);
        }
    }

    /** Only a representative of {@code biobankId}'s datasets may {@code action}: 403 for anyone else. */
    public static void requireRepresentative(Caller caller, String biobankId, String action) {
        if (!represents(caller, biobankId)) {
            throw forbidden("Only a representative of this dataset's biobank may " + action);
        }
    }

    /**
     * The object's parties may see it: its creator, an admin, a representative of one of {@code biobanks}. For
     * anyone else it does not exist: 404, the same answer as for an id nobody has, so ids cannot be probed.
     */
    public static void requireVisible(
            Caller caller, Creator creator, Collection<String> biobanks, String what, String id) {
        boolean party = isCreator(caller, creator)
                || isAdmin(caller)
                || biobanks.stream().anyMatch(b -> represents(caller, b));
        if (!party) {
            throw ApiException.notFound("No " + what + " with id '" + id + "'");
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    /** Who created an object: the issuer and subject of the token that created it. */
    public record Creator(String issuer, String subject) {
        /** The signed-in caller, as the creator of what they create now. */
        public static Creator of(Caller caller) {
            if (!caller.signedIn()) {
                throw new IllegalArgumentException("An anonymous caller creates nothing that has a creator");
            }
            return new Creator(caller.issuer(), caller.subject());
        }
    }
}

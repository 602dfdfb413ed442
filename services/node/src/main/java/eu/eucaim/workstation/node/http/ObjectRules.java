package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.auth.Role;
import java.util.Collection;

/**
 * The rules about one object, written once for every feature: who created it, who represents the datasets it
 * touches, the access committee. A rule that fails throws the {@link ApiException} the client gets: 403 with the
 * reason when the caller may know the object exists, 404 when it may not (an object only its parties may see).
 *
 * <pre>{@code
 * Negotiation n = store.find(id).orElseThrow(...);           // n.creator() was caller.account() at creation
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

    /** Whether the caller created the object whose creator's {@link Caller#account()} is {@code creator}. */
    public static boolean isCreator(Caller caller, String creator) {
        return caller.signedIn() && caller.account().equals(creator);
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
    public static void requireCreatorOrAdmin(Caller caller, String creator, String action) {
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
            Caller caller, String creator, Collection<String> biobanks, String what, String id) {
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
}

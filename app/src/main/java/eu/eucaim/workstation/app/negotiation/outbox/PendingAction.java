package eu.eucaim.workstation.app.negotiation.outbox;

import eu.eucaim.workstation.api.ActionKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One action waiting in the outbox, as the user sees it in the list and as it is stored.
 *
 * @param key made when the user acted and sent with every attempt, so that the node does it once
 * @param owner who queued it (the user at the backend): it is sent only while they are signed in there
 * @param description what it does, in the user's words (e.g. "Accept the access conditions of Lung CT")
 * @param attempts how many times it was sent without an answer
 * @param lastError why the last attempt did not get through, or null
 */
public record PendingAction(
        ActionKey key,
        String owner,
        NegotiatorAction action,
        String description,
        Instant queuedAt,
        int attempts,
        String lastError) {
    public PendingAction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A queued action belongs to someone");
        }
        if (description == null || description.isBlank()) {
            description = action.describe();
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts: " + attempts);
        }
    }

    /** After an attempt that got no answer (or one to try again later). */
    public PendingAction notSent(String error) {
        return new PendingAction(key, owner, action, description, queuedAt, attempts + 1, error);
    }

    /** After one step of it was done (a message's file uploaded). */
    public PendingAction with(NegotiatorAction next) {
        return new PendingAction(key, owner, next, description, queuedAt, attempts, null);
    }
}

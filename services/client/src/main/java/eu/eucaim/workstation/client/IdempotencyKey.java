package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.ActionKey;
import java.util.UUID;

/**
 * The key that makes a create happen once: made once per logical action (a click on Submit, an entry in an outbox),
 * sent as {@code Idempotency-Key} with every attempt of that action, so that the server can answer a retry after a
 * timeout, a 5xx or a restart with the outcome of the first attempt instead of creating twice. Not a secret.
 *
 * @param value 1 to 255 visible ASCII characters, no space, quote or backslash (a random UUID by default)
 */
public record IdempotencyKey(String value) {
    static final String HEADER = "Idempotency-Key";

    /** The rules are {@link ActionKey}'s: what the node accepts, and a Structured Field string without escapes. */
    public IdempotencyKey {
        new ActionKey(value);
    }

    /** The key of an action the app made (and may have kept while it waited to be sent). */
    public static IdempotencyKey of(ActionKey key) {
        return new IdempotencyKey(key.value());
    }

    /** A new key for a new action. */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    /**
     * The header's value: a Structured Field string (RFC 8941), quoted, as the IETF Idempotency-Key draft
     * (draft-ietf-httpapi-idempotency-key-header) defines it.
     */
    String headerValue() {
        return '"' + value + '"';
    }
}

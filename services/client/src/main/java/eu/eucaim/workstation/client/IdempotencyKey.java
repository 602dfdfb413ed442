package eu.eucaim.workstation.client;

import java.util.Objects;
import java.util.UUID;

/**
 * The key that makes a create happen once: made once per logical action (a click on Submit, an entry in an outbox),
 * sent as {@code Idempotency-Key} with every attempt of that action, so that the server can answer a retry after a
 * timeout, a 5xx or a restart with the outcome of the first attempt instead of creating twice. Not a secret.
 *
 * @param value 1 to 255 printable ASCII characters, no quote or backslash (a random UUID by default)
 */
public record IdempotencyKey(String value) {
    static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An idempotency key has 1 to " + MAX_LENGTH + " characters");
        }
        // Printable ASCII without '"' and '\' is exactly what a Structured Field string holds without escapes.
        if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("An idempotency key is printable ASCII without quotes or backslashes");
        }
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

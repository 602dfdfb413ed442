package eu.eucaim.workstation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Names one action of the user (a click on Accept, a message sent) so that it happens once however often it is
 * sent: made when the user acts, kept with the action while it waits to be sent (across retries and restarts of the
 * app), and sent with every attempt. A client sends it as the {@code Idempotency-Key} header; a server that honours
 * it (the node) answers a repeat with the outcome of the first attempt, one that does not (a real Negotiator)
 * ignores it. Not a secret. In JSON it is the bare string.
 *
 * @param value 1 to 255 visible ASCII characters without {@code "} or {@code \} (a random UUID by default): what a
 *     Structured Field string holds without escapes, and what the node accepts
 */
public record ActionKey(@JsonValue String value) {
    public static final int MAX_LENGTH = 255;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActionKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An action key has 1 to " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException(
                    "An action key is visible ASCII without spaces, quotes or backslashes, e.g. a UUID");
        }
    }

    /** A new key for a new action. */
    public static ActionKey random() {
        return new ActionKey(UUID.randomUUID().toString());
    }

    /**
     * The key of one step of this action, the same every time it is asked for: an action sent as several writes
     * (a message with its attachment) sends each with its own key, and a retry repeats only the steps not yet done.
     *
     * @param step a short name of the step, e.g. {@code attachment}
     */
    public ActionKey step(String step) {
        return new ActionKey(value + "." + step);
    }

    @Override
    public String toString() {
        return value;
    }
}

package eu.eucaim.workstation.app.negotiation.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the outbox waits before it tries again after the node did not answer: {@code first}, then twice as long
 * each time, at most {@code max}. Any answer of the node starts again from {@code first}.
 */
public record Backoff(Duration first, Duration max) {
    /** 1 s, 2 s, 4 s … up to a minute: a node back after a restart is found within a minute. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A back-off waits more than 0 and at most max: " + first + ", " + max);
        }
    }

    /** The wait after {@code previous}. */
    public Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}

package eu.eucaim.workstation.node.negotiator.mail;

import java.time.Duration;

/**
 * How long to wait before trying again after failures in a row: {@code first}, then twice as long each time, at most
 * {@code max}.
 */
public record Backoff(Duration first, Duration max) {
    /** Half a minute, then doubling to an hour: a server that is down for maintenance is not hammered. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    public Backoff {
        if (first == null || max == null || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("A back-off needs 0 <= first <= max, got " + first + ", " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 = the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures counts from 1, got " + failures);
        }
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}

package eu.eucaim.workstation.node.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, for lifetimes (codes, forms) without sleeping. */
public final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    /** Moves the clock on by {@code d}. */
    public void advance(java.time.Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

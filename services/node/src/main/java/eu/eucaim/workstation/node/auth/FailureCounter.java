package eu.eucaim.workstation.node.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins in a row per key (an account name or a client address), under one {@link AttemptPolicy}. An
 * attempt is counted as failed when it begins and forgiven if it succeeds, so that a burst of parallel attempts gets
 * no further than sequential ones. Entries go when forgotten; at most {@code capacity} are kept, the oldest going
 * first, so that a flood of made-up names cannot exhaust memory.
 */
final class FailureCounter {
    /** Why an attempt may not be checked now. */
    record Limit(Duration retryAfter, boolean locked) {}

    private record State(int failures, Instant last) {}

    private final AttemptPolicy policy;
    private final Clock clock;
    private final int capacity;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    FailureCounter(AttemptPolicy policy, Clock clock, int capacity) {
        this.policy = policy;
        this.clock = clock;
        this.capacity = capacity;
    }

    /** Begins an attempt (counting it as failed) unless {@code key} must wait; then says how long, counting nothing. */
    Optional<Limit> begin(String key) {
        Instant now = clock.instant();
        if (!states.containsKey(key) && states.size() >= capacity) {
            makeRoom(now);
        }
        Limit[] limit = {null};
        states.compute(key, (k, s) -> {
            if (s == null || forgotten(s, now)) {
                return new State(1, now);
            }
            Instant allowed = s.last().plus(policy.waitAfter(s.failures()));
            if (now.isBefore(allowed)) {
                limit[0] = new Limit(Duration.between(now, allowed), policy.locks(s.failures()));
                return s;
            }
            return new State(s.failures() + 1, now);
        });
        return Optional.ofNullable(limit[0]);
    }

    /** How long {@code key} must wait before its next attempt, if it must; counts nothing. */
    Optional<Limit> limit(String key) {
        Instant now = clock.instant();
        State s = states.get(key);
        if (s == null || forgotten(s, now)) {
            return Optional.empty();
        }
        Instant allowed = s.last().plus(policy.waitAfter(s.failures()));
        return now.isBefore(allowed)
                ? Optional.of(new Limit(Duration.between(now, allowed), policy.locks(s.failures())))
                : Optional.empty();
    }

    /** Undoes the count of an attempt that succeeded. */
    void forgive(String key) {
        states.computeIfPresent(key, (k, s) -> s.failures() <= 1 ? null : new State(s.failures() - 1, s.last()));
    }

    /** Forgets every failure of {@code key}. */
    void clear(String key) {
        states.remove(key);
    }

    /** Failures in a row of {@code key}, including an attempt begun and not yet forgiven. */
    int failures(String key) {
        State s = states.get(key);
        return s == null || forgotten(s, clock.instant()) ? 0 : s.failures();
    }

    int size() {
        return states.size();
    }

    private boolean forgotten(State s, Instant now) {
        return !now.isBefore(s.last().plus(policy.forgetAfter()));
    }

    private void makeRoom(Instant now) {
        states.values().removeIf(s -> forgotten(s, now));
        while (states.size() >= capacity) {
            states.entrySet().stream()
                    .min(Comparator.comparing(e -> e.getValue().last()))
                    .ifPresent(e -> states.remove(e.getKey(), e.getValue()));
        }
    }
}

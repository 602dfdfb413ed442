package eu.eucaim.workstation.node.auth;

import java.time.Duration;

/**
 * How failed sign-ins slow down the next attempt of one account or one client address: from the
 * {@code delayAfter}-th failure in a row the next attempt must wait {@code firstDelay}, doubling with every further
 * failure up to {@code maxDelay}; from the {@code lockAfter}-th failure it must wait {@code lockTime}. A success (for
 * an account) or {@code forgetAfter} without a failure starts again from zero. No attempt is checked while it would
 * have to wait, so every lock ends at most {@code lockTime} after the last failure that was checked.
 */
record AttemptPolicy(
        int delayAfter,
        int lockAfter,
        Duration firstDelay,
        Duration maxDelay,
        Duration lockTime,
        Duration forgetAfter) {
    AttemptPolicy {
        if (delayAfter < 1 || lockAfter <= delayAfter) {
            throw new IllegalArgumentException(
                    "need 1 <= delayAfter < lockAfter, got " + delayAfter + " and " + lockAfter);
        }
        if (forgetAfter.compareTo(lockTime) < 0 || lockTime.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("need maxDelay <= lockTime <= forgetAfter");
        }
    }

    /** How long after the last of {@code failures} failures in a row the next attempt must wait. */
    Duration waitAfter(int failures) {
        if (failures < delayAfter) {
            return Duration.ZERO;
        }
        if (failures >= lockAfter) {
            return lockTime;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - delayAfter, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    boolean locks(int failures) {
        return failures >= lockAfter;
    }
}

package eu.eucaim.workstation.node.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens the node has verified (its own, and each trusted issuer's apart), kept until they expire, so that the next request bearing the same token skips
 * parsing it and checking its signature and claims: 0.4–1 ms of a request in a JVM not yet warm (as much as serving
 * a 0.5 MB instance), 5–7 ms when several come at once, and a client sends the same token for minutes. An entry never
 * widens what is accepted: it is used only for the issuer it was verified against and before the token's {@code exp}
 * (the full check allows {@link AuthPolicy#CLOCK_SKEW} beyond it), and what can change while a token lives, its
 * sign-in being revoked, is checked by the caller on every request. The key is the whole token, signature included: a
 * token that differs in one character is verified in full. Bounded: when full it starts again (a miss costs one full
 * check). Thread-safe.
 */
final class VerifiedTokens {
    static final int MAX = 1_000;

    /**
     * Who a verified token speaks for, the node's sign-in it came from (null for a trusted issuer's: the node cannot
     * revoke those), and until when it is trusted without a check.
     */
    record Verified(VerifiedCaller caller, String grantId, String issuer, Instant expires) {}

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The token's earlier verification, if it was verified against {@code issuer} and has not expired since. */
    Optional<Verified> find(String token, String issuer) {
        Verified v = byToken.get(token);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.issuer().equals(issuer) || !clock.instant().isBefore(v.expires())) {
            byToken.remove(token, v);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    void remember(String token, Verified verified) {
        if (byToken.size() >= MAX) {
            byToken.clear();
        }
        byToken.put(token, verified);
    }

    int size() {
        return byToken.size();
    }
}

package eu.eucaim.workstation.node.auth;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login forms handed out and not yet completed. The form posts back only an unguessable id; the validated request
 * stays here, so a forged form cannot change the redirect URI or the challenge, and a form not issued by this node
 * (cross-site) has no id that works.
 */
final class PendingAuthorizations {
    private record Entry(AuthorizationRequest request, long expiresAt) {}

    /** A desktop node has one user; more open forms than this means something is flooding the endpoint. */
    static final int MAX_PENDING = 1_000;

    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingAuthorizations(Clock clock) {
        this.clock = clock;
    }

    /** A new form id, or empty when too many forms are open. */
    Optional<String> add(AuthorizationRequest request) {
        long now = clock.millis();
        pending.values().removeIf(e -> e.expiresAt() <= now);
        if (pending.size() >= MAX_PENDING) {
            return Optional.empty();
        }
        String id = Secrets.newToken();
        pending.put(id, new Entry(request, now + AuthPolicy.LOGIN_FORM_LIFETIME.toMillis()));
        return Optional.of(id);
    }

    /** The request behind a live form id (the form may be shown again after a wrong password). */
    Optional<AuthorizationRequest> find(String id) {
        Entry e = id == null ? null : pending.get(id);
        return e == null || e.expiresAt() <= clock.millis() ? Optional.empty() : Optional.of(e.request());
    }

    /** Ends a form: once a code was issued, the same form cannot sign in again. */
    Optional<AuthorizationRequest> take(String id) {
        Entry e = id == null ? null : pending.remove(id);
        return e == null || e.expiresAt() <= clock.millis() ? Optional.empty() : Optional.of(e.request());
    }
}

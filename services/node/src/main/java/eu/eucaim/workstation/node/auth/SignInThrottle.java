package eu.eucaim.workstation.node.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits password guessing on the login form, per account name and per client address ({@link AuthPolicy#PER_ACCOUNT},
 * {@link AuthPolicy#PER_ADDRESS}): after some failures in a row the next attempt must wait, later the account or
 * address is locked for a while. While it must wait, no password is checked, the right one neither. Account names
 * are counted whether or not such a user exists, so that the answers do not tell. Failures are logged with the
 * address and, for a real account only, its name (a made-up name may be a password typed in the wrong field);
 * never a password.
 */
final class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    /** Entries kept per kind: far more than a node sees legitimately in a quarter of an hour. */
    static final int CAPACITY = 100_000;
    /** Longer names cannot be accounts (auth_user.username is VARCHAR(64)); they share one entry. */
    private static final int MAX_NAME = 65;

    /** Why an attempt is refused unchecked: how long to wait, and whether it is a lock or a delay. */
    record Refusal(Duration retryAfter, boolean locked) {}

    private final FailureCounter accounts;
    private final FailureCounter addresses;

    SignInThrottle(Clock clock) {
        this(
                new FailureCounter(AuthPolicy.PER_ACCOUNT, clock, CAPACITY),
                new FailureCounter(AuthPolicy.PER_ADDRESS, clock, CAPACITY));
    }

    SignInThrottle(FailureCounter accounts, FailureCounter addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    /** Begins an attempt, or says why it may not be made now (then nothing is checked or counted). */
    Optional<Refusal> begin(String username, String address) {
        String account = accountKey(username);
        Optional<FailureCounter.Limit> limit = accounts.begin(account);
        if (limit.isEmpty()) {
            limit = addresses.begin(address);
            if (limit.isPresent()) {
                accounts.forgive(account);
            }
        }
        limit.ifPresent(l -> LOG.debug(
                "Sign-in attempt from {} refused unchecked: {} for another {} s",
                address,
                l.locked() ? "locked" : "delayed",
                l.retryAfter().toSeconds()));
        return limit.map(l -> new Refusal(l.retryAfter(), l.locked()));
    }

    /** The attempt begun for {@code username} from {@code address} signed in. */
    void succeeded(String username, String address) {
        accounts.clear(accountKey(username));
        addresses.forgive(address);
    }

    /**
     * The attempt failed; {@code realAccount} says whether {@code username} names a user (for the log only). Returns
     * how long the next attempt must wait, if it must.
     */
    Optional<Refusal> failed(String username, String address, boolean realAccount) {
        int forAccount = accounts.failures(accountKey(username));
        int fromAddress = addresses.failures(address);
        String who = realAccount ? "user '" + username + "'" : "an unknown user name";
        LOG.info(
                "Failed sign-in for {} from {} ({} in a row for the name, {} from the address)",
                who,
                address,
                forAccount,
                fromAddress);
        logLock(forAccount, AuthPolicy.PER_ACCOUNT, "for " + who);
        logLock(fromAddress, AuthPolicy.PER_ADDRESS, "from " + address);
        return longer(accounts.limit(accountKey(username)), addresses.limit(address));
    }

    /** A WARN line when the failure just counted locks a name or address ({@code what}: "for …", "from …"). */
    private static void logLock(int failures, AttemptPolicy policy, String what) {
        if (failures == policy.lockAfter()) {
            LOG.warn(
                    "Sign-in {} locked for {} min after {} failed attempts in a row",
                    what,
                    policy.lockTime().toMinutes(),
                    failures);
        }
    }

    private static Optional<Refusal> longer(Optional<FailureCounter.Limit> a, Optional<FailureCounter.Limit> b) {
        return java.util.stream.Stream.of(a, b)
                .flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(FailureCounter.Limit::retryAfter))
                .map(l -> new Refusal(l.retryAfter(), l.locked()));
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}

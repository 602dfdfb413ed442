package eu.eucaim.workstation.node.auth;

import java.time.Duration;
import java.util.List;

/** The provider's fixed rules, in one place so the README and the code can be checked against each other. */
public final class AuthPolicy {
    /** The workstation's public client id (no secret: a desktop app cannot keep one, so PKCE is required). */
    public static final String CLIENT_ID = "eucaim-workstation";
    /** The {@code aud} of access tokens: the client they were issued to, as LS-AAI does. */
    public static final String AUDIENCE = CLIENT_ID;
    /** {@code typ} of access tokens (RFC 9068): keeps an ID token, signed by the same key, from passing as one. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofHours(12);
    public static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    /** How long the login form stays valid. */
    public static final Duration LOGIN_FORM_LIFETIME = Duration.ofMinutes(10);
    /** Longest {@code state} an authorization request may carry (it travels in the login form). */
    public static final int MAX_STATE_LENGTH = 1024;
    /** Longest {@code nonce} an authorization request may carry (it is stored with the code: auth_code.nonce). */
    public static final int MAX_NONCE_LENGTH = 512;

    /**
     * Failed passwords for one account name (from any address): from the 5th in a row the next attempt waits 1 s,
     * then 2, 4, 8, 16 s; the 10th locks the name for 5 minutes (and so does every further failure after a lock,
     * until a success or 15 minutes without failures).
     */
    static final AttemptPolicy PER_ACCOUNT = new AttemptPolicy(
            5, 10, Duration.ofSeconds(1), Duration.ofSeconds(16), Duration.ofMinutes(5), Duration.ofMinutes(15));
    /**
     * Failed passwords from one client address (for any names): from the 10th in a row the next attempt waits 1 s,
     * doubling up to 60 s; the 20th locks the address for 5 minutes. Laxer than per account, as several people may
     * share an address; it stops one address from guessing many accounts' passwords.
     */
    static final AttemptPolicy PER_ADDRESS = new AttemptPolicy(
            10, 20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(15));
    /** Tolerated clock difference between machines for exp/nbf. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    public static final List<String> SCOPES = List.of("openid", "profile", "email", "roles", "offline_access");
    public static final String DEFAULT_SCOPE = "openid profile email roles offline_access";

    private AuthPolicy() {}
}

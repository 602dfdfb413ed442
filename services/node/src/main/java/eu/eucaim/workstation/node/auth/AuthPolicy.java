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
    /** Tolerated clock difference between machines for exp/nbf. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    public static final List<String> SCOPES = List.of("openid", "profile", "email", "roles", "offline_access");
    public static final String DEFAULT_SCOPE = "openid profile email roles offline_access";

    private AuthPolicy() {}
}

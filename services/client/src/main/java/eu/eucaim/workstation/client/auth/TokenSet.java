package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The tokens of one sign-in. {@link #toString()} never shows them: sessions end up in logs and error messages.
 *
 * @param refreshToken null when the provider issued none
 * @param idToken      null when the provider issued none (refresh answers may omit it)
 */
public record TokenSet(String accessToken, String refreshToken, String idToken, Instant expiresAt, String scope) {
    public TokenSet {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the access token expires within {@code margin} from now (or already has). */
    @JsonIgnore
    public boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "TokenSet[accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***") + ", idToken="
                + (idToken == null ? "none" : "***") + ", expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}

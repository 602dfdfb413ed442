package eu.eucaim.workstation.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A token endpoint's success answer (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).
 * {@link #toString()} never shows the tokens: records end up in logs and exception messages.
 */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("id_token") String idToken,
        @JsonProperty("scope") String scope) {
    @Override
    public String toString() {
        return "TokenResponse[accessToken=" + Redacted.of(accessToken) + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn + ", refreshToken=" + Redacted.of(refreshToken)
                + ", idToken=" + Redacted.of(idToken) + ", scope=" + scope + "]";
    }
}

package eu.eucaim.workstation.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth 2.0 error answer (RFC 6749 §5.2), e.g. {@code invalid_grant}. */
public record OAuthError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String description) {}

package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;

/** The token endpoint refused, with an RFC 6749 §5.2 error such as {@code invalid_grant}. */
public class TokenEndpointException extends AuthException {
    private final int status;
    private final String error;

    public TokenEndpointException(int status, String error, String description) {
        super("The sign-in provider refused the token request (" + error + ")"
                + (description == null ? "" : ": " + description));
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** e.g. {@code invalid_grant}: the refresh token is no longer valid and the user must sign in again. */
    public String error() {
        return error;
    }
}

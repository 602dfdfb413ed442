package eu.eucaim.workstation.api.auth;

/** Sign-in or token refresh failed; the message says why in words for the user, never with a token in it. */
public class AuthException extends RuntimeException {
    public AuthException(String message) {
        super(message);
    }

    public AuthException(String message, Throwable cause) {
        super(message, cause);
    }
}

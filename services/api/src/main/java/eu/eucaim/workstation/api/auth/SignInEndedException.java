package eu.eucaim.workstation.api.auth;

/**
 * The provider has ended the sign-in (its refresh token expired, was revoked or was presented twice): nothing can
 * renew it, the user must sign in again. The saved copy has been forgotten by the time this is thrown.
 */
public class SignInEndedException extends AuthException {
    public SignInEndedException(String message, Throwable cause) {
        super(message, cause);
    }
}

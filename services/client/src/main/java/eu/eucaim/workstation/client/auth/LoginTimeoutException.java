package eu.eucaim.workstation.client.auth;

/** The browser never came back to the app within the configured time (the user abandoned the sign-in). */
public class LoginTimeoutException extends AuthException {
    public LoginTimeoutException(String message) {
        super(message);
    }
}

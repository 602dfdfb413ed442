package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;

/** The browser never came back to the app within the configured time (the user abandoned the sign-in). */
public class LoginTimeoutException extends AuthException {
    public LoginTimeoutException(String message) {
        super(message);
    }
}

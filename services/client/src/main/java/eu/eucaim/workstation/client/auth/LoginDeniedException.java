package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.auth.AuthException;

/** The provider answered {@code error=access_denied}: the user cancelled or may not use the app. */
public class LoginDeniedException extends AuthException {
    public LoginDeniedException(String message) {
        super(message);
    }
}

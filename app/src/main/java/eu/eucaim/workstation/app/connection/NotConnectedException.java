package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.app.fx.UserMessageException;

/** A service that cannot wait for the connection was used before the app was connected. */
public final class NotConnectedException extends UserMessageException {
    public NotConnectedException(String message) {
        super(message, null);
    }
}

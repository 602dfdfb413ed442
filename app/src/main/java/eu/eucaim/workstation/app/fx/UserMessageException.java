package eu.eucaim.workstation.app.fx;

/** A failure whose message is already a sentence for the user (e.g. "Could not start the embedded node: …"). */
public class UserMessageException extends RuntimeException {
    public UserMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}

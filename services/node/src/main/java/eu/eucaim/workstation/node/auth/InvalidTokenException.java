package eu.eucaim.workstation.node.auth;

/** A bearer token that is malformed, forged, expired, or not meant for this node. The message never holds the token. */
public class InvalidTokenException extends Exception {
    public InvalidTokenException(String message) {
        super(message);
    }
}

package eu.eucaim.workstation.node.http;

/** The HTTP server could not start, e.g. because its port is taken. */
public class ServerStartException extends RuntimeException {
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

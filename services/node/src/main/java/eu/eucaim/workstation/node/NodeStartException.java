package eu.eucaim.workstation.node;

/** The node could not start: its port is taken, or its database cannot be opened. The message says which. */
public class NodeStartException extends RuntimeException {
    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

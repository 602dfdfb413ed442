package eu.eucaim.workstation.node.storage;

/** A request needs what the node is still preparing in the background ({@link BackgroundStep}); HTTP 503. */
public class StillPreparingException extends StorageException {
    public StillPreparingException(String message, Throwable cause) {
        super(message, cause);
    }
}

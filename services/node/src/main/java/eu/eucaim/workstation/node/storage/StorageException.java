package eu.eucaim.workstation.node.storage;

/** The node's database could not be opened, migrated, read or written. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

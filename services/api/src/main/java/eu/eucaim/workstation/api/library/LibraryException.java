package eu.eucaim.workstation.api.library;

/** The offline library cannot do what was asked; the message says why in words for the user. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}

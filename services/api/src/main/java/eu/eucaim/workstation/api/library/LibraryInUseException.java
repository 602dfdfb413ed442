package eu.eucaim.workstation.api.library;

/**
 * The library's folder is open in another EUCAIM Workstation on this computer (or another library object in this
 * one): only one may write it at a time.
 */
public final class LibraryInUseException extends LibraryException {
    public LibraryInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}

package eu.eucaim.workstation.api.library;

/** A file handed to {@link ImageLibrary#store} is not the DICOM instance its origin names; nothing was kept. */
public final class RejectedInstanceException extends LibraryException {
    public RejectedInstanceException(String message, Throwable cause) {
        super(message, cause);
    }
}

package eu.eucaim.workstation.dicom.pixel;

/**
 * Pixel data that cannot be decoded as described: inconsistent attributes, truncated or corrupt frames.
 * Decoders wrap every low-level failure (I/O, index errors in third-party codecs) in this exception so that
 * callers see one clear message instead of an {@code ArrayIndexOutOfBoundsException}.
 */
public class PixelDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PixelDataException(String message) {
        super(message);
    }

    public PixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

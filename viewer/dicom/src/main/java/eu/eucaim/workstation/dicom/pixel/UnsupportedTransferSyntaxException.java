package eu.eucaim.workstation.dicom.pixel;

/** The frame is encoded in a transfer syntax this workstation cannot decode (or not on this machine). */
public class UnsupportedTransferSyntaxException extends PixelDataException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTransferSyntaxException(String message) {
        super(message);
    }

    public UnsupportedTransferSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}

package eu.eucaim.workstation.dicom.io;

import eu.eucaim.workstation.dicom.DicomParseException;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Deflated Explicit VR Little Endian: the data set after the File Meta is a raw deflate stream (PS3.5 A.5). */
final class Inflation {

    private Inflation() {}

    /** Inflated bytes; {@code complete} is false when inflation stopped at the caller's limit. */
    record Inflated(DicomInput input, boolean complete) {}

    /** Inflates the rest of {@code in} into memory, refusing output beyond {@code max} bytes. */
    static DicomInput inflate(DicomInput in, long max) throws DicomParseException {
        return inflate(in, max, Long.MAX_VALUE).input();
    }

    /**
     * As {@link #inflate(DicomInput, long)}, but stops once {@code limit} bytes are out: a header read needs the
     * start of the data set only, not the pixel data that usually makes up the rest.
     */
    static Inflated inflate(DicomInput in, long max, long limit) throws DicomParseException {
        long start = in.position();
        byte[] compressed = in.rest();
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4 + 64, 1 << 24));
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished() && out.size() < limit) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated stream: parse what came out, the parser reports where it ends
                }
                out.write(chunk, 0, n);
                if (out.size() > max) {
                    throw in.error(start, "deflated data set inflates to more than " + max + " bytes");
                }
            }
            return new Inflated(
                    new DicomInput(in.file(), out.toByteArray()), out.size() < limit || inflater.finished());
        } catch (DataFormatException e) {
            throw in.error(start, "corrupt deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}

package eu.eucaim.workstation.dicom.io;

import eu.eucaim.workstation.dicom.DicomParseException;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Deflated Explicit VR Little Endian: the data set after the File Meta is a raw deflate stream (PS3.5 A.5). */
final class Inflation {

    private Inflation() {
    }

    /** Inflates the rest of {@code in} into memory, refusing output beyond {@code max} bytes. */
    static DicomInput inflate(DicomInput in, long max) throws DicomParseException {
        long start = in.position();
        byte[] compressed = in.rest();
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4 + 64, 1 << 24));
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated stream: parse what came out, the parser reports where it ends
                }
                out.write(chunk, 0, n);
                if (out.size() > max) {
                    throw in.error(start, "deflated data set inflates to more than " + max + " bytes");
                }
            }
            return new DicomInput(in.file(), out.toByteArray());
        } catch (DataFormatException e) {
            throw in.error(start, "corrupt deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }
}

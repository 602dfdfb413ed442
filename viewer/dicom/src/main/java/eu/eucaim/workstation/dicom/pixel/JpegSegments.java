package eu.eucaim.workstation.dicom.pixel;

/**
 * Walks the marker segments of a JPEG stream after SOI (ITU T.81 B.1.1.4), for the header parser and the own
 * decoders: fill bytes are skipped, and a segment whose length runs past the stream is an error.
 */
final class JpegSegments {

    /** One marker segment: its body is {@code d[body, end)}. Returns true to stop the walk. */
    interface Visitor {
        boolean segment(int marker, int body, int end);
    }

    private JpegSegments() {}

    /**
     * Calls {@code visitor} for each segment until it returns true (then true), or until the stream ends (then
     * false). {@code what} starts error messages, e.g. "JPEG frame 3".
     */
    static boolean walk(byte[] d, String what, Visitor visitor) {
        int i = 2;
        while (i + 4 <= d.length) {
            if ((d[i] & 0xFF) != 0xFF) {
                throw new PixelDataException(what + ": expected a marker at byte " + i);
            }
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = (d[i + 2] & 0xFF) << 8 | d[i + 3] & 0xFF;
            int end = i + 2 + length;
            if (length < 2 || end > d.length) {
                throw new PixelDataException(
                        what + ": marker FF" + Integer.toHexString(marker).toUpperCase() + " at byte " + i
                                + " has a length of " + length + ", past the end of the stream");
            }
            if (visitor.segment(marker, i + 4, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** SOF0–SOF15 without DHT (C4), JPG (C8) and DAC (CC). */
    static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}

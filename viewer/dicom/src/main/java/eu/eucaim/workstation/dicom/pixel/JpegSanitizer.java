package eu.eucaim.workstation.dicom.pixel;

import java.io.ByteArrayOutputStream;

/**
 * Makes streams that IJG libjpeg (used by GDCM and dcmtk) accepts acceptable to the Java decoders too:
 * <ul>
 * <li>drops Adobe APP14 segments shorter than the 12 data bytes the Adobe format defines: libjpeg skips them,
 * the JDK's reader rejects the whole stream ("Bad segment length");</li>
 * <li>for lossless streams, adds zero bytes before the final EOI: when the entropy data runs out early (dcmtk
 * ends some frames with an unstuffed 0xFF fill byte), libjpeg feeds zero bits to the last codes, while
 * TwelveMonkeys' lossless decoder leaves the remaining samples at 0.</li>
 * </ul>
 * The stream is copied only when needed.
 */
final class JpegSanitizer {
    private static final int APP14 = 0xEE;
    private static final int ADOBE_SEGMENT_LENGTH = 14;

    private JpegSanitizer() {}

    static byte[] sanitise(byte[] d, boolean lossless) {
        byte[] out = withoutShortAdobe(d);
        return lossless ? withZeroBitsBeforeEnd(out) : out;
    }

    private static byte[] withZeroBitsBeforeEnd(byte[] d) {
        int end = d.length;
        while (end > 2 && d[end - 1] == 0) {
            end--; // fragment padding after EOI
        }
        if (end < 4 || (d[end - 2] & 0xFF) != 0xFF || (d[end - 1] & 0xFF) != 0xD9) {
            return d;
        }
        int at = end - 2;
        while (at > 2 && (d[at - 1] & 0xFF) == 0xFF) {
            at--; // fill bytes before the marker
        }
        byte[] out = new byte[d.length + 2];
        System.arraycopy(d, 0, out, 0, at);
        System.arraycopy(d, at, out, at + 2, d.length - at);
        return out;
    }

    private static byte[] withoutShortAdobe(byte[] d) {
        int bad = findShortAdobe(d);
        if (bad < 0) {
            return d;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int i = 0;
        while (bad >= 0) {
            out.write(d, i, bad - i);
            i = bad + 2 + length(d, bad);
            bad = findShortAdobe(d, i);
        }
        out.write(d, i, d.length - i);
        return out.toByteArray();
    }

    private static int findShortAdobe(byte[] d) {
        return findShortAdobe(d, 2);
    }

    private static int findShortAdobe(byte[] d, int from) {
        int i = from;
        while (i + 4 <= d.length && (d[i] & 0xFF) == 0xFF) {
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xDA) {
                return -1;
            }
            int length = length(d, i);
            if (marker == APP14
                    && length < ADOBE_SEGMENT_LENGTH
                    && i + 9 <= d.length
                    && d[i + 4] == 'A'
                    && d[i + 5] == 'd'
                    && d[i + 6] == 'o'
                    && d[i + 7] == 'b'
                    && d[i + 8] == 'e') {
                return i;
            }
            i += 2 + length;
        }
        return -1;
    }

    private static int length(byte[] d, int at) {
        return (d[at + 2] & 0xFF) << 8 | d[at + 3] & 0xFF;
    }
}

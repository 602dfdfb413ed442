package eu.eucaim.workstation.dicom.pixel;

import java.io.ByteArrayOutputStream;

/**
 * Drops Adobe APP14 segments that are shorter than the 12 data bytes the Adobe format defines. IJG libjpeg
 * (used by GDCM and dcmtk) skips such a segment; the JDK's JPEG reader rejects the whole stream ("Bad segment
 * length"). Only the header up to the first scan is inspected; the stream is copied only when needed.
 */
final class JpegSanitizer {
    private static final int APP14 = 0xEE;
    private static final int ADOBE_SEGMENT_LENGTH = 14;

    private JpegSanitizer() {
    }

    static byte[] sanitise(byte[] d) {
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
            if (marker == APP14 && length < ADOBE_SEGMENT_LENGTH && i + 9 <= d.length
                    && d[i + 4] == 'A' && d[i + 5] == 'd' && d[i + 6] == 'o' && d[i + 7] == 'b' && d[i + 8] == 'e') {
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

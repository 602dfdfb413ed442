package eu.eucaim.workstation.dicom.pixel;

/**
 * What the JPEG 2000 main header (ITU T.800 A.5.1 SIZ, A.6.1 COD) says about components: precision, signedness
 * of the first component, and whether the multiple component transform (RCT/ICT) is used. A JP2 file wrapper
 * (not allowed by DICOM but seen in the wild) is skipped by searching for the SOC+SIZ markers.
 */
record J2kHeader(int components, int precision, boolean signed, boolean multipleComponentTransform) {

    static J2kHeader parse(byte[] d, int frameIndex) {
        int soc = -1;
        for (int i = 0; i + 3 < d.length && i < 4096; i++) {
            if ((d[i] & 0xFF) == 0xFF
                    && (d[i + 1] & 0xFF) == 0x4F
                    && (d[i + 2] & 0xFF) == 0xFF
                    && (d[i + 3] & 0xFF) == 0x51) {
                soc = i;
                break;
            }
        }
        if (soc < 0 || soc + 44 > d.length) {
            throw new PixelDataException(
                    "JPEG 2000 frame " + frameIndex + " has no codestream header (SOC FF4F followed by SIZ FF51)");
        }
        int siz = soc + 2;
        int components = u16(d, siz + 38);
        if (components < 1 || siz + 40 + 3 * components > d.length) {
            throw new PixelDataException(
                    "JPEG 2000 frame " + frameIndex + " has a corrupt SIZ segment (" + components + " components)");
        }
        int ssiz = d[siz + 40] & 0xFF;
        int i = siz + 2 + u16(d, siz + 2);
        boolean mct = false;
        while (i + 4 <= d.length) {
            int marker = u16(d, i);
            if (marker == 0xFF52 && i + 9 < d.length) {
                mct = (d[i + 9] & 0xFF) == 1;
                break;
            }
            if (marker == 0xFF90 || (marker & 0xFF00) != 0xFF00) {
                break; // first tile-part: the main header ended without COD
            }
            i += 2 + u16(d, i + 2);
        }
        return new J2kHeader(components, (ssiz & 0x7F) + 1, (ssiz & 0x80) != 0, mct);
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) << 8 | d[at + 1] & 0xFF;
    }
}

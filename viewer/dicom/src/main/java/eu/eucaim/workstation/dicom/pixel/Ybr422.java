package eu.eucaim.workstation.dicom.pixel;

/**
 * Expands native YBR_FULL_422 (PS3.3 C.7.6.3.1.2: per two horizontally adjacent pixels Y1 Y2 Cb Cr) to full
 * resolution YBR_FULL, pixel-interleaved; both pixels of a pair share the pair's chroma, as peers do.
 * One copy of the loop per primitive array type on purpose: no boxing or per-sample dispatch.
 */
final class Ybr422 {
    private Ybr422() {}

    static byte[] expand(byte[] in, int pixels) {
        byte[] out = new byte[pixels * 3];
        for (int i = 0, o = 0; o < out.length; i += 4, o += 6) {
            byte cb = in[i + 2];
            byte cr = in[i + 3];
            out[o] = in[i];
            out[o + 1] = cb;
            out[o + 2] = cr;
            out[o + 3] = in[i + 1];
            out[o + 4] = cb;
            out[o + 5] = cr;
        }
        return out;
    }

    static short[] expand(short[] in, int pixels) {
        short[] out = new short[pixels * 3];
        for (int i = 0, o = 0; o < out.length; i += 4, o += 6) {
            short cb = in[i + 2];
            short cr = in[i + 3];
            out[o] = in[i];
            out[o + 1] = cb;
            out[o + 2] = cr;
            out[o + 3] = in[i + 1];
            out[o + 4] = cb;
            out[o + 5] = cr;
        }
        return out;
    }
}

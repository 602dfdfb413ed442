package eu.eucaim.workstation.dicom.pixel;

/**
 * Converts colour-by-plane samples (PlanarConfiguration 1: RRR..GGG..BBB..) to pixel-interleaved (RGBRGB..).
 * One copy of the loop per primitive array type on purpose: no boxing or per-sample dispatch.
 */
final class Planar {
    private Planar() {}

    static byte[] interleave(byte[] planes, int pixels, int samples) {
        byte[] out = new byte[pixels * samples];
        for (int s = 0; s < samples; s++) {
            int src = s * pixels;
            for (int p = 0, dst = s; p < pixels; p++, dst += samples) {
                out[dst] = planes[src + p];
            }
        }
        return out;
    }

    static short[] interleave(short[] planes, int pixels, int samples) {
        short[] out = new short[pixels * samples];
        for (int s = 0; s < samples; s++) {
            int src = s * pixels;
            for (int p = 0, dst = s; p < pixels; p++, dst += samples) {
                out[dst] = planes[src + p];
            }
        }
        return out;
    }

    static int[] interleave(int[] planes, int pixels, int samples) {
        int[] out = new int[pixels * samples];
        for (int s = 0; s < samples; s++) {
            int src = s * pixels;
            for (int p = 0, dst = s; p < pixels; p++, dst += samples) {
                out[dst] = planes[src + p];
            }
        }
        return out;
    }
}

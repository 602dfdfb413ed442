package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;

/**
 * A decoded frame kept compactly as stored values (16-bit stays short[], 8-bit byte[]), with its value range so
 * that a window/level change only rebuilds a LUT over [min, max]. Colour is 8-bit RGB, pixel-interleaved.
 */
public record Pixels(
        int width,
        int height,
        boolean colour,
        boolean signed,
        byte[] bytes,
        short[] shorts,
        int[] ints,
        int min,
        int max) {

    public static Pixels of(DecodedFrame f) {
        PixelFormat fmt = f.format();
        boolean colour = fmt.samplesPerPixel() == 3;
        if (colour) {
            return new Pixels(fmt.columns(), fmt.rows(), true, false, rgb8(f), null, null, 0, 255);
        }
        long[] mm = f.minMax();
        int min = (int) Math.max(Integer.MIN_VALUE, mm[0]);
        int max = (int) Math.min(Integer.MAX_VALUE, mm[1]);
        return new Pixels(fmt.columns(), fmt.rows(), false, fmt.signed(), f.bytes(), f.shorts(), f.ints(), min, max);
    }

    /** Heap bytes of the sample array. */
    public long bytesHeld() {
        return bytes != null ? bytes.length : shorts != null ? 2L * shorts.length : 4L * ints.length;
    }

    /** Stored value at (x, y) of a grayscale frame. */
    public int stored(int x, int y) {
        int i = y * width + x;
        if (bytes != null) {
            return signed ? bytes[i] : bytes[i] & 0xFF;
        }
        if (shorts != null) {
            return signed ? shorts[i] : shorts[i] & 0xFFFF;
        }
        return ints[i];
    }

    /** 16/32-bit colour keeps its top 8 bits: the display has 8 bits per channel anyway. */
    private static byte[] rgb8(DecodedFrame f) {
        if (f.bytes() != null) {
            return f.bytes();
        }
        int shift = Math.max(0, f.format().bitsStored() - 8);
        int n = f.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) ((f.shorts() != null ? f.shorts()[i] & 0xFFFF : f.ints()[i]) >>> shift);
        }
        return out;
    }
}

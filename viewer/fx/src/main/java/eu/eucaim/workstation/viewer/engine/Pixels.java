package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;

/**
 * A decoded frame kept compactly as stored values (16-bit stays short[], 8-bit byte[]), with its value range so
 * that a window/level change only rebuilds a LUT over [min, max]. Colour is 8-bit RGB, pixel-interleaved.
 *
 * <p>The range of a decoded frame is found when first asked for (drawing it, or its first window), not when it is
 * decoded: a series is decoded whole ahead of the user, and the scan over every sample was two thirds of decoding
 * an uncompressed series, on the cores that also bring it from the network.
 */
public record Pixels(
        int width,
        int height,
        boolean colour,
        boolean signed,
        byte[] bytes,
        short[] shorts,
        int[] ints,
        ValueRange range) {

    /** A frame whose range is known: {@code min} and {@code max} are its lowest and highest stored values. */
    public Pixels(
            int width,
            int height,
            boolean colour,
            boolean signed,
            byte[] bytes,
            short[] shorts,
            int[] ints,
            int min,
            int max) {
        this(width, height, colour, signed, bytes, shorts, ints, new ValueRange(min, max));
    }

    public static Pixels of(DecodedFrame f) {
        PixelFormat fmt = f.format();
        if (fmt.samplesPerPixel() == 3) {
            return new Pixels(fmt.columns(), fmt.rows(), true, false, rgb8(f), null, null, 0, 255);
        }
        return new Pixels(
                fmt.columns(), fmt.rows(), false, fmt.signed(), f.bytes(), f.shorts(), f.ints(), new ValueRange(f));
    }

    /** The lowest stored value. */
    public int min() {
        return range.min();
    }

    /** The highest stored value. */
    public int max() {
        return range.max();
    }

    /** The lowest and highest stored values of a frame: given, or found once when first asked for. */
    public static final class ValueRange {
        /** The frame whose range is still to be found; null once known. */
        private DecodedFrame unranged;
        /** Written after {@link #min} and {@link #max}: once true, they are the range (read without a lock). */
        private volatile boolean found;

        private int min;
        private int max;

        ValueRange(int min, int max) {
            this.min = min;
            this.max = max;
            this.found = true;
        }

        ValueRange(DecodedFrame frame) {
            this.unranged = frame;
        }

        public int min() {
            if (!found) {
                find();
            }
            return min;
        }

        public int max() {
            if (!found) {
                find();
            }
            return max;
        }

        private synchronized void find() {
            if (!found) {
                long[] mm = unranged.minMax();
                min = (int) Math.max(Integer.MIN_VALUE, mm[0]);
                max = (int) Math.min(Integer.MAX_VALUE, mm[1]);
                unranged = null;
                found = true;
            }
        }
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

package eu.eucaim.workstation.dicom.pixel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes one native (uncompressed) frame: bit-packed 1-bit, 8, 16 and 32-bit samples in either byte order,
 * planar configuration 0/1 and the subsampled YBR_FULL_422 layout, then masks and sign-extends (PS3.5 8.1).
 * Colour conversion is left to {@link ColorConversion}.
 */
final class NativeDecoder {
    private NativeDecoder() {}

    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data, ByteOrder order) {
        return decode(f, frameIndex, ByteBuffer.wrap(data), order);
    }

    /**
     * As {@link #decode(PixelFormat, int, byte[], ByteOrder)} from the buffer's remaining bytes (its position and
     * limit are left alone): a file's frame read into a reused direct buffer goes straight into the sample array.
     */
    static DecodedFrame decode(PixelFormat f, int frameIndex, ByteBuffer frameBytes, ByteOrder order) {
        ByteBuffer data = frameBytes.slice().order(order);
        int expected = f.nativeFrameLength();
        if (data.remaining() < expected) {
            throw new PixelDataException("Native frame " + frameIndex + " has " + data.remaining() + " bytes, expected "
                    + expected + " bytes for " + f.rows() + "x" + f.columns() + "x" + f.samplesPerPixel()
                    + " samples of " + f.bitsAllocated() + " bits (" + f.photometricInterpretation() + ")");
        }
        if (f.bitsAllocated() == 1) {
            return unpackBits(f, frameIndex, data);
        }
        boolean ybr422 = f.photometric() == Photometric.YBR_FULL_422;
        int pixels = f.pixelsPerFrame();
        int stored = ybr422 ? pixels * 2 : f.samplesPerFrame();
        boolean planar = f.samplesPerPixel() > 1 && f.planarConfiguration() == 1 && !ybr422;
        PixelFormat out =
                ybr422 ? f.withPhotometric(Photometric.YBR_FULL.dicomName(), 0) : f.withPlanarConfiguration(0);
        DecodedFrame frame;
        switch (f.bitsAllocated()) {
            case 8 -> {
                byte[] a = new byte[stored];
                data.get(a);
                if (ybr422) {
                    a = Ybr422.expand(a, pixels);
                } else if (planar) {
                    a = Planar.interleave(a, pixels, f.samplesPerPixel());
                }
                frame = DecodedFrame.of(out, frameIndex, a);
            }
            case 16 -> {
                short[] a = new short[stored];
                data.asShortBuffer().get(a); // one bulk copy (byte-swapped when the order differs from the CPU's)
                if (ybr422) {
                    a = Ybr422.expand(a, pixels);
                } else if (planar) {
                    a = Planar.interleave(a, pixels, f.samplesPerPixel());
                }
                frame = DecodedFrame.of(out, frameIndex, a);
            }
            default -> {
                if (ybr422) {
                    throw new PixelDataException("YBR_FULL_422 with BitsAllocated 32 is not supported");
                }
                int[] a = new int[stored];
                data.asIntBuffer().get(a);
                if (planar) {
                    a = Planar.interleave(a, pixels, f.samplesPerPixel());
                }
                frame = DecodedFrame.of(out, frameIndex, a);
            }
        }
        StoredValues.normalise(frame);
        return frame;
    }

    /** PS3.5 8.1.1: the first pixel sits in the least significant bit of the first byte. */
    private static DecodedFrame unpackBits(PixelFormat f, int frameIndex, ByteBuffer data) {
        int pixels = f.pixelsPerFrame();
        byte[] out = new byte[pixels];
        for (int p = 0; p < pixels; p++) {
            out[p] = (byte) ((data.get(p >>> 3) >>> (p & 7)) & 1);
        }
        return DecodedFrame.of(f.withBits(8, 1, 0), frameIndex, out);
    }
}

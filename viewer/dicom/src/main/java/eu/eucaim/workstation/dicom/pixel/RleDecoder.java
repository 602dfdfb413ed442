package eu.eucaim.workstation.dicom.pixel;

import java.nio.ByteOrder;

/**
 * RLE Lossless (PS3.5 Annex G). A frame is a 64-byte header (segment count and 15 offsets, little endian) and
 * one PackBits segment per byte plane: for each sample, the most significant byte plane first. The planes are
 * reassembled into a native little-endian colour-by-plane frame and finished by {@link NativeDecoder}.
 */
final class RleDecoder {
    private static final int HEADER_LENGTH = 64;
    private static final int MAX_SEGMENTS = 15;

    private RleDecoder() {}

    static DecodedFrame decode(PixelFormat f, int frameIndex, byte[] data) {
        if (f.bitsAllocated() == 1 || f.photometric() == Photometric.YBR_FULL_422) {
            throw new PixelDataException(
                    "RLE frame " + frameIndex + ": " + (f.bitsAllocated() == 1 ? "BitsAllocated 1" : "YBR_FULL_422")
                            + " is not defined for RLE Lossless");
        }
        int bytesPerSample = f.bitsAllocated() / 8;
        int expectedSegments = f.samplesPerPixel() * bytesPerSample;
        int[] offsets = readHeader(data, frameIndex, expectedSegments);
        int pixels = f.pixelsPerFrame();
        byte[] plane = new byte[pixels];
        byte[] nativeFrame = new byte[pixels * expectedSegments];
        for (int seg = 0; seg < expectedSegments; seg++) {
            int end = seg + 1 < expectedSegments ? offsets[seg + 1] : data.length;
            unpackBits(data, offsets[seg], end, plane, frameIndex, seg);
            int sample = seg / bytesPerSample;
            int littleEndianByte = bytesPerSample - 1 - seg % bytesPerSample;
            int base = sample * pixels * bytesPerSample + littleEndianByte;
            for (int p = 0, o = base; p < pixels; p++, o += bytesPerSample) {
                nativeFrame[o] = plane[p];
            }
        }
        return NativeDecoder.decode(f.withPlanarConfiguration(1), frameIndex, nativeFrame, ByteOrder.LITTLE_ENDIAN);
    }

    private static int[] readHeader(byte[] data, int frameIndex, int expectedSegments) {
        if (data.length < HEADER_LENGTH) {
            throw new PixelDataException(
                    "RLE frame " + frameIndex + " has " + data.length + " bytes, shorter than the 64-byte RLE header");
        }
        int count = readInt(data, 0);
        if (count < 1 || count > MAX_SEGMENTS) {
            throw new PixelDataException("RLE frame " + frameIndex + " header says " + Integer.toUnsignedString(count)
                    + " segments, expected 1..15");
        }
        if (count != expectedSegments) {
            throw new PixelDataException("RLE frame " + frameIndex + " has " + count + " segments, expected "
                    + expectedSegments + " (SamplesPerPixel x BitsAllocated / 8)");
        }
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = readInt(data, 4 + 4 * i);
            int min = i == 0 ? HEADER_LENGTH : offsets[i - 1];
            if (offsets[i] < min || offsets[i] > data.length || (i == 0 && offsets[i] != HEADER_LENGTH)) {
                throw new PixelDataException("RLE frame " + frameIndex + " segment " + (i + 1) + " offset "
                        + Integer.toUnsignedString(offsets[i]) + " is invalid (frame is " + data.length
                        + " bytes, first segment must start at 64, offsets must increase)");
            }
        }
        return offsets;
    }

    /**
     * PackBits: a header byte n in 0..127 copies n + 1 literal bytes, -127..-1 repeats the next byte 1 - n
     * times, -128 does nothing. Bytes decoded past the plane size are ignored (some encoders pad rows).
     */
    private static void unpackBits(byte[] in, int from, int to, byte[] out, int frameIndex, int segment) {
        int o = 0;
        int i = from;
        while (o < out.length && i < to) {
            int n = in[i++];
            if (n >= 0) {
                int count = Math.min(n + 1, to - i);
                int copy = Math.min(count, out.length - o);
                System.arraycopy(in, i, out, o, copy);
                i += count;
                o += copy;
            } else if (n != -128) {
                if (i >= to) {
                    break;
                }
                int count = Math.min(1 - n, out.length - o);
                byte value = in[i++];
                java.util.Arrays.fill(out, o, o + count, value);
                o += count;
            }
        }
        if (o < out.length) {
            throw new PixelDataException("RLE frame " + frameIndex + " segment " + (segment + 1) + " decodes to " + o
                    + " bytes, expected " + out.length + " (Rows x Columns)");
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}

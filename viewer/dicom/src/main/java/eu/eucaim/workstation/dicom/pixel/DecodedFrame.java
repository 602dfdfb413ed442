package eu.eucaim.workstation.dicom.pixel;

/**
 * One decoded frame: stored values after decompression, masking to BitsStored and sign extension, before any
 * LUT. Exactly one of the arrays is set, chosen by {@code format.bitsAllocated()}: 8 (and unpacked 1-bit) →
 * {@code bytes}, 16 → {@code shorts}, 32 → {@code ints}. Read them as signed when {@code format.signed()},
 * otherwise as unsigned ({@code & 0xFF}, {@code & 0xFFFF}, {@link Integer#toUnsignedLong}).
 * Colour frames are pixel-interleaved RGB; {@code format} describes the samples as held here (photometric RGB
 * after YBR or palette conversion, planar configuration 0, 1-bit frames unpacked to one byte per pixel).
 */
public record DecodedFrame(PixelFormat format, int frameIndex, byte[] bytes, short[] shorts, int[] ints) {

    public DecodedFrame {
        int set = (bytes != null ? 1 : 0) + (shorts != null ? 1 : 0) + (ints != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one sample array must be set, got " + set);
        }
        int expectedBits = bytes != null ? 8 : shorts != null ? 16 : 32;
        if (format.bitsAllocated() != expectedBits) {
            throw new IllegalArgumentException("BitsAllocated " + format.bitsAllocated() + " does not match a "
                    + expectedBits + "-bit sample array");
        }
        if (length(bytes, shorts, ints) != format.samplesPerFrame()) {
            throw new IllegalArgumentException("sample array holds " + length(bytes, shorts, ints)
                    + " samples, format needs " + format.samplesPerFrame());
        }
    }

    public static DecodedFrame of(PixelFormat format, int frameIndex, byte[] samples) {
        return new DecodedFrame(format, frameIndex, samples, null, null);
    }

    public static DecodedFrame of(PixelFormat format, int frameIndex, short[] samples) {
        return new DecodedFrame(format, frameIndex, null, samples, null);
    }

    public static DecodedFrame of(PixelFormat format, int frameIndex, int[] samples) {
        return new DecodedFrame(format, frameIndex, null, null, samples);
    }

    public int length() {
        return length(bytes, shorts, ints);
    }

    /** One sample as its numeric value (signedness applied). For tests and tools, not for per-pixel loops. */
    public long sample(int index) {
        boolean signed = format.signed();
        if (bytes != null) {
            return signed ? bytes[index] : bytes[index] & 0xFF;
        }
        if (shorts != null) {
            return signed ? shorts[index] : shorts[index] & 0xFFFF;
        }
        return signed ? ints[index] : Integer.toUnsignedLong(ints[index]);
    }

    /** Smallest and largest sample value of the frame, as {@code {min, max}}. */
    public long[] minMax() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean signed = format.signed();
        if (bytes != null) {
            int mask = signed ? -1 : 0xFF;
            for (byte b : bytes) {
                int v = b & mask;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        } else if (shorts != null) {
            int mask = signed ? -1 : 0xFFFF;
            for (short s : shorts) {
                int v = s & mask;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        } else {
            long mask = signed ? -1L : 0xFFFF_FFFFL;
            for (int i : ints) {
                long v = i & mask;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new long[] {min, max};
    }

    private static int length(byte[] b, short[] s, int[] i) {
        return b != null ? b.length : s != null ? s.length : i != null ? i.length : 0;
    }
}

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

    /**
     * Smallest and largest sample value of the frame, as {@code {min, max}}. Branches rather than
     * {@code Math.min}/{@code max}: after the first rows a new extreme is rare, so the branches predict well and the
     * loop runs about twice as fast as a chain of conditional moves (C2 on JDK 17 does not vectorise either). Every
     * slice a viewer loads passes through here once.
     */
    public long[] minMax() {
        if (bytes != null) {
            return format.signed() ? range(bytes, -1) : range(bytes, 0xFF);
        }
        if (shorts != null) {
            return format.signed() ? range(shorts, -1) : range(shorts, 0xFFFF);
        }
        long mask = format.signed() ? -1L : 0xFFFF_FFFFL;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i : ints) {
            long v = i & mask;
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new long[] {min, max};
    }

    private static long[] range(byte[] samples, int mask) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (byte b : samples) {
            int v = b & mask;
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new long[] {min, max};
    }

    private static long[] range(short[] samples, int mask) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (short s : samples) {
            int v = s & mask;
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new long[] {min, max};
    }

    private static int length(byte[] b, short[] s, int[] i) {
        return b != null ? b.length : s != null ? s.length : i != null ? i.length : 0;
    }
}

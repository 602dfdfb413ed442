package eu.eucaim.workstation.dicom.lut;

/**
 * A tabulated {@link DisplayPipeline}: entry {@code i} is the 8-bit display value of stored value
 * {@code offset + i}. Applying it is one table read per pixel in a tight loop over primitive arrays; values
 * outside the table (only possible when it was built from a frame's min/max) are clamped to its ends.
 */
public final class DisplayLut {
    static final int MAX_ENTRIES = 1 << 24;
    private static final int OPAQUE = 0xFF00_0000;

    private final int offset;
    /** Opaque gray ARGB per entry; the gray value is its low byte. One table keeps a rebuild to one pass. */
    private final int[] argb;

    DisplayLut(int offset, int[] argb) {
        this.offset = offset;
        this.argb = argb;
    }

    static int argb(int displayValue) {
        return OPAQUE | displayValue * 0x01_01_01;
    }

    public int offset() {
        return offset;
    }

    public int size() {
        return argb.length;
    }

    public int displayValue(int storedValue) {
        return argb[index(storedValue)] & 0xFF;
    }

    /** 16-bit samples (read signed or unsigned) to opaque gray ARGB pixels. */
    public void applyArgb(short[] src, boolean signed, int[] dst) {
        int[] t = argb;
        int off = offset;
        int last = t.length - 1;
        int mask = signed ? -1 : 0xFFFF;
        if (coversAll(signed ? Short.MIN_VALUE : 0, signed ? Short.MAX_VALUE : 0xFFFF)) {
            for (int i = 0; i < src.length; i++) {
                dst[i] = t[(src[i] & mask) - off];
            }
        } else {
            for (int i = 0; i < src.length; i++) {
                int j = (src[i] & mask) - off;
                dst[i] = t[j < 0 ? 0 : j > last ? last : j];
            }
        }
    }

    /** 16-bit samples to 8-bit gray values. */
    public void applyGray(short[] src, boolean signed, byte[] dst) {
        int[] t = argb;
        int off = offset;
        int last = t.length - 1;
        int mask = signed ? -1 : 0xFFFF;
        for (int i = 0; i < src.length; i++) {
            int j = (src[i] & mask) - off;
            dst[i] = (byte) t[j < 0 ? 0 : j > last ? last : j];
        }
    }

    /** 8-bit samples (read signed or unsigned) to opaque gray ARGB pixels. */
    public void applyArgb(byte[] src, boolean signed, int[] dst) {
        int[] t = argb;
        int off = offset;
        int last = t.length - 1;
        int mask = signed ? -1 : 0xFF;
        for (int i = 0; i < src.length; i++) {
            int j = (src[i] & mask) - off;
            dst[i] = t[j < 0 ? 0 : j > last ? last : j];
        }
    }

    /** 32-bit samples (signed) to opaque gray ARGB pixels; the table is usually built from the frame's range. */
    public void applyArgb(int[] src, int[] dst) {
        int[] t = argb;
        int off = offset;
        int last = t.length - 1;
        for (int i = 0; i < src.length; i++) {
            long j = (long) src[i] - off;
            dst[i] = t[j < 0 ? 0 : j > last ? last : (int) j];
        }
    }

    private boolean coversAll(int min, int max) {
        return offset <= min && (long) offset + argb.length - 1 >= max;
    }

    private int index(int storedValue) {
        long j = (long) storedValue - offset;
        return j < 0 ? 0 : j >= argb.length ? argb.length - 1 : (int) j;
    }
}

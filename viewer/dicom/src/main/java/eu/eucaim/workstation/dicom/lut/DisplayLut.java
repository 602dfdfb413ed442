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
    private final byte[] gray;
    private final int[] argb;

    DisplayLut(int offset, byte[] gray) {
        this.offset = offset;
        this.gray = gray;
        this.argb = new int[gray.length];
        for (int i = 0; i < gray.length; i++) {
            argb[i] = OPAQUE | (gray[i] & 0xFF) * 0x01_01_01;
        }
    }

    public int offset() {
        return offset;
    }

    public int size() {
        return gray.length;
    }

    public int displayValue(int storedValue) {
        return gray[index(storedValue)] & 0xFF;
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
        byte[] t = gray;
        int off = offset;
        int last = t.length - 1;
        int mask = signed ? -1 : 0xFFFF;
        for (int i = 0; i < src.length; i++) {
            int j = (src[i] & mask) - off;
            dst[i] = t[j < 0 ? 0 : j > last ? last : j];
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
        return offset <= min && (long) offset + gray.length - 1 >= max;
    }

    private int index(int storedValue) {
        long j = (long) storedValue - offset;
        return j < 0 ? 0 : j >= gray.length ? gray.length - 1 : (int) j;
    }
}

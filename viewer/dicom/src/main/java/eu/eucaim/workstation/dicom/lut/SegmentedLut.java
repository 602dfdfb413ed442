package eu.eucaim.workstation.dicom.lut;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2): discrete (opcode 0), linear (1, rounded
 * half to even like pydicom) and indirect (2) segments. Items are bytes for 8-bit tables and 16-bit words for
 * 16-bit tables, as pydicom reads them; an indirect offset is 32 bits, least significant part first.
 */
public final class SegmentedLut {
    private int[] out = new int[256];
    private int size;

    private SegmentedLut() {}

    public static LutTable fromBytes(LutDescriptor descriptor, byte[] raw, ByteOrder order) {
        int[] items;
        if (descriptor.bitsPerEntry() <= 8) {
            items = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                items[i] = raw[i] & 0xFF;
            }
        } else {
            items = new int[raw.length / 2];
            ByteBuffer b = ByteBuffer.wrap(raw).order(order);
            for (int i = 0; i < items.length; i++) {
                items[i] = b.getShort(2 * i) & 0xFFFF;
            }
        }
        int[] data = expand(items, descriptor.bitsPerEntry() <= 8);
        if (data.length < descriptor.entries()) {
            throw new IllegalArgumentException("Segmented LUT Data expands to " + data.length
                    + " entries, the LUT Descriptor says " + descriptor.entries());
        }
        return new LutTable(descriptor, data);
    }

    static int[] expand(int[] items, boolean byteItems) {
        SegmentedLut lut = new SegmentedLut();
        lut.run(items, 0, Integer.MAX_VALUE, byteItems, 0);
        return Arrays.copyOf(lut.out, lut.size);
    }

    private void run(int[] d, int at, int maxSegments, boolean byteItems, int depth) {
        if (depth > 8) {
            throw new IllegalArgumentException("Segmented LUT Data has indirect segments nested too deep");
        }
        int segments = 0;
        // at + 1 < length: a trailing pad item is not a segment (every segment has at least two items)
        while (at + 1 < d.length && segments < maxSegments) {
            int opcode = d[at];
            int length = d[at + 1];
            at += 2;
            switch (opcode) {
                case 0 -> {
                    check(at + length <= d.length, "discrete segment runs past the data");
                    for (int i = 0; i < length; i++) {
                        add(d[at + i]);
                    }
                    at += length;
                }
                case 1 -> {
                    check(size > 0 && at < d.length, "a linear segment needs a previous value and an end value");
                    linear(out[size - 1], d[at++], length);
                }
                case 2 -> {
                    check(size > 0, "an indirect segment cannot come first");
                    long offset;
                    if (byteItems) {
                        check(at + 4 <= d.length, "indirect segment runs past the data");
                        offset = d[at] | d[at + 1] << 8 | d[at + 2] << 16 | (long) d[at + 3] << 24;
                        at += 4;
                    } else {
                        check(at + 2 <= d.length, "indirect segment runs past the data");
                        offset = d[at] | (long) d[at + 1] << 16;
                        at += 2;
                    }
                    check(offset < d.length, "indirect segment offset " + offset + " is outside the data");
                    run(d, (int) offset, length, byteItems, depth + 1);
                }
                default -> throw new IllegalArgumentException("Segmented LUT Data has unknown segment type " + opcode);
            }
            segments++;
        }
    }

    /** Same values as numpy's {@code around(linspace(y0 + step, y1, length))}. */
    private void linear(int y0, int y1, int length) {
        if (y0 == y1 || length == 1) {
            for (int i = 0; i < length; i++) {
                add(y1);
            }
            return;
        }
        double start = y0 + (double) (y1 - y0) / length;
        double step = (y1 - start) / (length - 1);
        for (int k = 0; k < length - 1; k++) {
            add((int) Math.rint(start + k * step));
        }
        add(y1);
    }

    private void add(int v) {
        if (size == out.length) {
            check(size < 65536, "Segmented LUT Data expands beyond 65536 entries");
            out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = v;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("Segmented LUT Data: " + what);
        }
    }
}

package eu.eucaim.workstation.dicom.lut;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A LUT: descriptor plus one value per entry. Inputs below the first mapped value map to the first entry,
 * inputs beyond the last entry to the last (PS3.3 C.11.1.1.1).
 */
public record LutTable(LutDescriptor descriptor, int[] data) {

    public LutTable {
        if (data.length < descriptor.entries()) {
            throw new IllegalArgumentException(
                    "LUT Data has " + data.length + " entries, the LUT Descriptor says " + descriptor.entries());
        }
    }

    /**
     * From the raw LUT Data bytes. 8-bit tables come either one byte per entry or one 16-bit word per entry
     * (the common OW encoding); 16-bit tables are words in {@code order}.
     */
    public static LutTable fromBytes(LutDescriptor descriptor, byte[] raw, ByteOrder order) {
        int n = descriptor.entries();
        int[] data = new int[n];
        if (descriptor.bitsPerEntry() <= 8 && raw.length < 2 * n) {
            if (raw.length < n) {
                throw new IllegalArgumentException("LUT Data has " + raw.length + " bytes, expected " + n);
            }
            for (int i = 0; i < n; i++) {
                data[i] = raw[i] & 0xFF;
            }
            return new LutTable(descriptor, data);
        }
        if (raw.length < 2 * n) {
            throw new IllegalArgumentException(
                    "LUT Data has " + raw.length + " bytes, expected " + 2 * n + " (" + n + " 16-bit entries)");
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(order);
        for (int i = 0; i < n; i++) {
            data[i] = b.getShort(2 * i) & 0xFFFF;
        }
        return new LutTable(descriptor, data);
    }

    public int lookup(int storedValue) {
        int i = storedValue - descriptor.firstMapped();
        if (i <= 0) {
            return data[0];
        }
        int last = descriptor.entries() - 1;
        return data[i >= last ? last : i];
    }
}

package eu.eucaim.workstation.dicom.lut;

/**
 * A LUT Descriptor (PS3.3 C.11.1.1.1 / C.7.6.3.1.5): number of entries (0 in the data set means 65536), the
 * first stored value mapped, and the bits per entry. The caller resolves whether the first-mapped value was
 * encoded US or SS (it follows PixelRepresentation for modality and VOI LUTs).
 */
public record LutDescriptor(int entries, int firstMapped, int bitsPerEntry) {

    public LutDescriptor {
        if (entries < 1 || entries > 65536) {
            throw new IllegalArgumentException(
                    "LUT Descriptor number of entries is " + entries + ", expected 1..65536");
        }
        if (bitsPerEntry < 1 || bitsPerEntry > 16) {
            throw new IllegalArgumentException("LUT Descriptor bits per entry is " + bitsPerEntry + ", expected 1..16");
        }
    }

    /** From the three raw values of the attribute, with the first-mapped value read as the caller decides. */
    public static LutDescriptor of(int rawEntries, int firstMapped, int bitsPerEntry) {
        return new LutDescriptor(rawEntries == 0 ? 65536 : rawEntries, firstMapped, bitsPerEntry);
    }

    public int maxValue() {
        return (1 << bitsPerEntry) - 1;
    }
}

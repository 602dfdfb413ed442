package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.dict.DataDictionary;
import eu.eucaim.workstation.dicom.dict.DictionaryEntry;
import eu.eucaim.workstation.dicom.lut.LutDescriptor;
import eu.eucaim.workstation.dicom.lut.LutTable;
import eu.eucaim.workstation.dicom.lut.SegmentedLut;
import eu.eucaim.workstation.dicom.pixel.PaletteColorLut;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;

/** LUT Descriptor + LUT Data pairs of a data set or item, as {@link LutTable}s. */
final class LutAttributes {
    private LutAttributes() {}

    /**
     * A table from a descriptor (3 values) and its data. The first mapped value is read as signed when
     * {@code signedFirstMapped} (it follows PixelRepresentation for modality and VOI LUTs, PS3.3 C.11.1.1.1),
     * whatever VR the reader gave the descriptor.
     */
    static LutTable table(Dataset ds, int descriptorTag, int dataTag, boolean signedFirstMapped) {
        LutDescriptor descriptor = descriptor(ds, descriptorTag, signedFirstMapped);
        byte[] data = bytes(ds.get(dataTag));
        if (data == null) {
            throw new PixelDataException(
                    name(dataTag) + " is missing (the LUT Descriptor " + Tag.toString(descriptorTag) + " is present)");
        }
        try {
            return LutTable.fromBytes(descriptor, data, ds.byteOrder());
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(name(dataTag) + ": " + e.getMessage(), e);
        }
    }

    /** The three palettes of a PALETTE COLOR image, plain or segmented (C.7.9.2); first mapped is unsigned. */
    static PaletteColorLut palette(Dataset ds) {
        return new PaletteColorLut(
                palette(
                        ds,
                        ImageTags.RedPaletteColorLookupTableDescriptor,
                        ImageTags.RedPaletteColorLookupTableData,
                        ImageTags.SegmentedRedPaletteColorLookupTableData),
                palette(
                        ds,
                        ImageTags.GreenPaletteColorLookupTableDescriptor,
                        ImageTags.GreenPaletteColorLookupTableData,
                        ImageTags.SegmentedGreenPaletteColorLookupTableData),
                palette(
                        ds,
                        ImageTags.BluePaletteColorLookupTableDescriptor,
                        ImageTags.BluePaletteColorLookupTableData,
                        ImageTags.SegmentedBluePaletteColorLookupTableData));
    }

    private static LutTable palette(Dataset ds, int descriptorTag, int dataTag, int segmentedTag) {
        byte[] segmented = ds.contains(dataTag) ? null : bytes(ds.get(segmentedTag));
        if (segmented == null) {
            return table(ds, descriptorTag, dataTag, false);
        }
        try {
            return SegmentedLut.fromBytes(descriptor(ds, descriptorTag, false), segmented, ds.byteOrder());
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(name(segmentedTag) + ": " + e.getMessage(), e);
        }
    }

    private static LutDescriptor descriptor(Dataset ds, int tag, boolean signedFirstMapped) {
        int[] d = ds.getInts(tag);
        if (d.length != 3) {
            throw new PixelDataException(name(tag) + " has " + d.length + " values, expected 3");
        }
        int first = signedFirstMapped ? (short) d[1] : d[1] & 0xFFFF;
        try {
            return LutDescriptor.of(d[0] & 0xFFFF, first, d[2]);
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(name(tag) + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Element e) {
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Value.Bytes b) {
            return b.data();
        }
        return e.value() instanceof Value.Bulk b ? b.ref().read() : null;
    }

    private static String name(int tag) {
        DictionaryEntry entry = DataDictionary.get().lookup(tag);
        return (entry == null ? "" : entry.keyword() + " ") + Tag.toString(tag);
    }
}

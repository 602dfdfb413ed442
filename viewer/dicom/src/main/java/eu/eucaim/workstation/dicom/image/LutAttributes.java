package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tag;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.dict.DataDictionary;
import eu.eucaim.workstation.dicom.dict.DictionaryEntry;
import eu.eucaim.workstation.dicom.lut.LutDescriptor;
import eu.eucaim.workstation.dicom.lut.LutTable;
import eu.eucaim.workstation.dicom.pixel.PaletteColorLut;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;

/** LUT Descriptor + LUT Data pairs of a data set or item, as {@link LutTable}s. */
final class LutAttributes {
    private LutAttributes() {
    }

    /**
     * A table from a descriptor (3 values) and its data. The first mapped value is read as signed when
     * {@code signedFirstMapped} (it follows PixelRepresentation for modality and VOI LUTs, PS3.3 C.11.1.1.1),
     * whatever VR the reader gave the descriptor.
     */
    static LutTable table(Dataset ds, int descriptorTag, int dataTag, boolean signedFirstMapped) {
        int[] d = ds.getInts(descriptorTag);
        if (d.length != 3) {
            throw new PixelDataException(name(descriptorTag) + " has " + d.length + " values, expected 3");
        }
        int first = signedFirstMapped ? (short) d[1] : d[1] & 0xFFFF;
        byte[] data = bytes(ds.get(dataTag));
        if (data == null) {
            throw new PixelDataException(name(dataTag) + " is missing (the LUT Descriptor " + Tag.toString(descriptorTag)
                    + " is present)");
        }
        try {
            return LutTable.fromBytes(LutDescriptor.of(d[0] & 0xFFFF, first, d[2]), data, ds.byteOrder());
        } catch (IllegalArgumentException e) {
            throw new PixelDataException(name(dataTag) + ": " + e.getMessage(), e);
        }
    }

    /** The three palettes of a PALETTE COLOR image; the first mapped value is always unsigned there. */
    static PaletteColorLut palette(Dataset ds) {
        return new PaletteColorLut(
                table(ds, ImageTags.RedPaletteColorLookupTableDescriptor, ImageTags.RedPaletteColorLookupTableData, false),
                table(ds, ImageTags.GreenPaletteColorLookupTableDescriptor, ImageTags.GreenPaletteColorLookupTableData,
                        false),
                table(ds, ImageTags.BluePaletteColorLookupTableDescriptor, ImageTags.BluePaletteColorLookupTableData,
                        false));
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

package eu.eucaim.workstation.dicom.pixel;

import eu.eucaim.workstation.dicom.lut.LutTable;

/** Red, Green and Blue Palette Color Lookup Tables (PS3.3 C.7.6.3.1.5/6) for PALETTE COLOR images. */
public record PaletteColorLut(LutTable red, LutTable green, LutTable blue) {

    public PaletteColorLut {
        int bits = red.descriptor().bitsPerEntry();
        if (green.descriptor().bitsPerEntry() != bits || blue.descriptor().bitsPerEntry() != bits) {
            throw new PixelDataException("Palette LUT descriptors disagree on bits per entry: red " + bits + ", green "
                    + green.descriptor().bitsPerEntry() + ", blue "
                    + blue.descriptor().bitsPerEntry());
        }
    }

    public int bitsPerEntry() {
        return red.descriptor().bitsPerEntry();
    }
}

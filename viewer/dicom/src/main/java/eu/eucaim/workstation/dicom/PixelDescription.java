package eu.eucaim.workstation.dicom;

/** The Image Pixel module attributes a decoder needs (PS3.3 C.7.6.3), with the defaults the standard implies. */
public record PixelDescription(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
                               int highBit, int pixelRepresentation, String photometricInterpretation,
                               int planarConfiguration, int numberOfFrames) {

    public static PixelDescription of(Dataset ds) {
        int bitsAllocated = ds.getInt(Tags.BitsAllocated, 0);
        int bitsStored = ds.getInt(Tags.BitsStored, bitsAllocated);
        return new PixelDescription(ds.getInt(Tags.Rows, 0), ds.getInt(Tags.Columns, 0),
                ds.getInt(Tags.SamplesPerPixel, 1), bitsAllocated, bitsStored,
                ds.getInt(Tags.HighBit, bitsStored - 1), ds.getInt(Tags.PixelRepresentation, 0),
                ds.getString(Tags.PhotometricInterpretation, "MONOCHROME2"),
                ds.getInt(Tags.PlanarConfiguration, 0), Math.max(1, ds.getInt(Tags.NumberOfFrames, 1)));
    }

    /** Bits of one native frame (frames of 1-bit data are not byte aligned: PS3.5 8.1.1). */
    public long frameBits() {
        return (long) rows * columns * samplesPerPixel * bitsAllocated;
    }
}

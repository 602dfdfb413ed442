package eu.eucaim.workstation.dicom.pixel;

/**
 * The Image Pixel module attributes that describe how a frame's samples are laid out (PS3.3 C.7.6.3).
 * Construction validates the combination, so a decoder can trust every field.
 */
public record PixelFormat(
        int rows,
        int columns,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        int highBit,
        int pixelRepresentation,
        String photometricInterpretation,
        int planarConfiguration,
        int numberOfFrames) {

    public PixelFormat {
        require(rows >= 1 && rows <= 0xFFFF, "Rows (0028,0010) is " + rows + ", expected 1..65535");
        require(columns >= 1 && columns <= 0xFFFF, "Columns (0028,0011) is " + columns + ", expected 1..65535");
        require(
                bitsAllocated == 1 || bitsAllocated == 8 || bitsAllocated == 16 || bitsAllocated == 32,
                "BitsAllocated (0028,0100) is " + bitsAllocated + ", expected 1, 8, 16 or 32");
        require(
                bitsStored >= 1 && bitsStored <= bitsAllocated,
                "BitsStored (0028,0101) is " + bitsStored + ", expected 1..BitsAllocated (" + bitsAllocated + ")");
        require(
                highBit >= bitsStored - 1 && highBit < bitsAllocated,
                "HighBit (0028,0102) is " + highBit + ", expected " + (bitsStored - 1) + ".." + (bitsAllocated - 1)
                        + " (BitsStored - 1 .. BitsAllocated - 1)");
        require(
                pixelRepresentation == 0 || pixelRepresentation == 1,
                "PixelRepresentation (0028,0103) is " + pixelRepresentation + ", expected 0 (unsigned) or 1 (signed)");
        Photometric photometric = Photometric.of(photometricInterpretation);
        photometricInterpretation = photometric.dicomName();
        require(
                samplesPerPixel == photometric.samplesPerPixel(),
                "SamplesPerPixel (0028,0002) is " + samplesPerPixel + ", expected " + photometric.samplesPerPixel()
                        + " for PhotometricInterpretation " + photometric.dicomName());
        require(
                bitsAllocated != 1 || samplesPerPixel == 1,
                "BitsAllocated (0028,0100) 1 is only defined for one sample per pixel, got SamplesPerPixel "
                        + samplesPerPixel);
        require(
                planarConfiguration == 0 || planarConfiguration == 1,
                "PlanarConfiguration (0028,0006) is " + planarConfiguration + ", expected 0 or 1");
        require(numberOfFrames >= 1, "NumberOfFrames (0028,0008) is " + numberOfFrames + ", expected >= 1");
        require(
                photometric != Photometric.YBR_FULL_422 || columns % 2 == 0,
                "Columns (0028,0011) is " + columns + ", expected an even number for YBR_FULL_422");
    }

    /** Single-frame monochrome convenience constructor (tests, synthetic data). */
    public static PixelFormat monochrome(int rows, int columns, int bitsAllocated, int bitsStored, boolean signed) {
        return new PixelFormat(
                rows,
                columns,
                1,
                bitsAllocated,
                bitsStored,
                bitsStored - 1,
                signed ? 1 : 0,
                Photometric.MONOCHROME2.dicomName(),
                0,
                1);
    }

    public Photometric photometric() {
        return Photometric.of(photometricInterpretation);
    }

    public boolean signed() {
        return pixelRepresentation == 1;
    }

    public int pixelsPerFrame() {
        return rows * columns;
    }

    /** Samples in one decoded frame (all components, full resolution). */
    public int samplesPerFrame() {
        return rows * columns * samplesPerPixel;
    }

    /**
     * Bytes of one frame in a native (uncompressed) encoding: 1-bit frames are packed, YBR_FULL_422 stores two
     * chroma samples per two pixels (PS3.5 8.2.1 / PS3.3 C.7.6.3.1.2).
     */
    public int nativeFrameLength() {
        long pixels = (long) rows * columns;
        long bits;
        if (photometric() == Photometric.YBR_FULL_422) {
            bits = pixels * 2 * bitsAllocated;
        } else {
            bits = pixels * samplesPerPixel * bitsAllocated;
        }
        long bytes = (bits + 7) / 8;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new PixelDataException("One frame of " + rows + "x" + columns + "x" + samplesPerPixel + " samples of "
                    + bitsAllocated + " bits is larger than 2 GiB");
        }
        return (int) bytes;
    }

    public PixelFormat withPhotometric(String photometric, int planar) {
        return new PixelFormat(
                rows,
                columns,
                Photometric.of(photometric).samplesPerPixel(),
                bitsAllocated,
                bitsStored,
                highBit,
                pixelRepresentation,
                photometric,
                planar,
                numberOfFrames);
    }

    public PixelFormat withPlanarConfiguration(int planar) {
        return new PixelFormat(
                rows,
                columns,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                highBit,
                pixelRepresentation,
                photometricInterpretation,
                planar,
                numberOfFrames);
    }

    public PixelFormat withBits(int allocated, int stored, int representation) {
        return new PixelFormat(
                rows,
                columns,
                samplesPerPixel,
                allocated,
                stored,
                stored - 1,
                representation,
                photometricInterpretation,
                planarConfiguration,
                numberOfFrames);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new PixelDataException(message);
        }
    }
}

package eu.eucaim.workstation.dicom.lut;

/** Packs pixel-interleaved RGB samples into opaque ARGB pixels (colour images bypass the grayscale LUTs). */
public final class ColourDisplay {
    private ColourDisplay() {}

    public static void toArgb(byte[] rgb, int[] dst) {
        for (int i = 0, p = 0; p < dst.length; i += 3, p++) {
            dst[p] = 0xFF00_0000 | (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | rgb[i + 2] & 0xFF;
        }
    }

    /** 16-bit RGB (e.g. 16-bit palettes) keeps its top 8 of {@code bitsStored} bits. */
    public static void toArgb(short[] rgb, int bitsStored, int[] dst) {
        int shift = Math.max(0, bitsStored - 8);
        for (int i = 0, p = 0; p < dst.length; i += 3, p++) {
            int r = ((rgb[i] & 0xFFFF) >>> shift) & 0xFF;
            int g = ((rgb[i + 1] & 0xFFFF) >>> shift) & 0xFF;
            int b = ((rgb[i + 2] & 0xFFFF) >>> shift) & 0xFF;
            dst[p] = 0xFF00_0000 | r << 16 | g << 8 | b;
        }
    }
}

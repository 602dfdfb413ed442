package eu.eucaim.workstation.dicom.pixel;

/**
 * Turns decoded colour frames into RGB: YBR_FULL by the PS3.3 C.7.6.3.1.2 equations (ITU-R BT.601 full range,
 * rounded half up and clipped, as pydicom's {@code convert_color_space} does), PALETTE COLOR through its LUTs.
 */
final class ColorConversion {
    private static final double CB_TO_G = -0.114 * 1.772 / 0.587;
    private static final double CR_TO_G = -0.299 * 1.402 / 0.587;

    private ColorConversion() {}

    static DecodedFrame ybrFullToRgb(DecodedFrame in) {
        PixelFormat f = in.format();
        PixelFormat out = f.withPhotometric(Photometric.RGB.dicomName(), 0);
        int bits = f.bitsStored();
        int max = (1 << bits) - 1;
        int offset = 1 << (bits - 1);
        // Per-chroma tables keep the per-pixel work to additions.
        double[] crR = new double[max + 1];
        double[] cbG = new double[max + 1];
        double[] crG = new double[max + 1];
        double[] cbB = new double[max + 1];
        for (int c = 0; c <= max; c++) {
            crR[c] = 1.402 * (c - offset);
            cbG[c] = CB_TO_G * (c - offset);
            crG[c] = CR_TO_G * (c - offset);
            cbB[c] = 1.772 * (c - offset);
        }
        int mask = max;
        if (in.bytes() != null) {
            byte[] s = in.bytes();
            byte[] d = new byte[s.length];
            for (int i = 0; i < s.length; i += 3) {
                int y = s[i] & mask;
                int cb = s[i + 1] & mask;
                int cr = s[i + 2] & mask;
                d[i] = (byte) clip(y + crR[cr], max);
                d[i + 1] = (byte) clip(y + cbG[cb] + crG[cr], max);
                d[i + 2] = (byte) clip(y + cbB[cb], max);
            }
            return DecodedFrame.of(out, in.frameIndex(), d);
        }
        if (in.shorts() != null) {
            short[] s = in.shorts();
            short[] d = new short[s.length];
            for (int i = 0; i < s.length; i += 3) {
                int y = s[i] & mask;
                int cb = s[i + 1] & mask;
                int cr = s[i + 2] & mask;
                d[i] = (short) clip(y + crR[cr], max);
                d[i + 1] = (short) clip(y + cbG[cb] + crG[cr], max);
                d[i + 2] = (short) clip(y + cbB[cb], max);
            }
            return DecodedFrame.of(out, in.frameIndex(), d);
        }
        throw new PixelDataException("YBR_FULL with BitsAllocated 32 cannot be converted to RGB");
    }

    private static int clip(double v, int max) {
        int r = (int) Math.floor(v + 0.5);
        return r < 0 ? 0 : r > max ? max : r;
    }

    static DecodedFrame paletteToRgb(DecodedFrame in, PaletteColorLut lut) {
        PixelFormat f = in.format();
        int bits = lut.bitsPerEntry() <= 8 ? 8 : 16;
        PixelFormat out = new PixelFormat(
                f.rows(), f.columns(), 3, bits, bits, bits - 1, 0, Photometric.RGB.dicomName(), 0, f.numberOfFrames());
        int n = in.length();
        // Expand each LUT over every possible index once; then one array read per sample.
        int indexBits = f.bitsStored();
        if (indexBits > 16) {
            throw new PixelDataException("PALETTE COLOR with BitsStored " + indexBits + " is not supported (max 16)");
        }
        int size = 1 << indexBits;
        int[] r = expand(lut.red(), size);
        int[] g = expand(lut.green(), size);
        int[] b = expand(lut.blue(), size);
        int mask = size - 1;
        if (bits == 8) {
            byte[] d = new byte[n * 3];
            for (int i = 0, o = 0; i < n; i++, o += 3) {
                int v = index(in, i) & mask;
                d[o] = (byte) r[v];
                d[o + 1] = (byte) g[v];
                d[o + 2] = (byte) b[v];
            }
            return DecodedFrame.of(out, in.frameIndex(), d);
        }
        short[] d = new short[n * 3];
        for (int i = 0, o = 0; i < n; i++, o += 3) {
            int v = index(in, i) & mask;
            d[o] = (short) r[v];
            d[o + 1] = (short) g[v];
            d[o + 2] = (short) b[v];
        }
        return DecodedFrame.of(out, in.frameIndex(), d);
    }

    private static int index(DecodedFrame in, int i) {
        return in.bytes() != null ? in.bytes()[i] : in.shorts() != null ? in.shorts()[i] : in.ints()[i];
    }

    private static int[] expand(eu.eucaim.workstation.dicom.lut.LutTable t, int size) {
        int[] out = new int[size];
        for (int v = 0; v < size; v++) {
            out[v] = t.lookup(v);
        }
        return out;
    }
}

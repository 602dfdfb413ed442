package eu.eucaim.workstation.dicom.pixel;

/**
 * Sequential DCT JPEG with Huffman coding (ITU T.81 processes 1, 2 and 4: SOF0/SOF1), written for the 12-bit
 * frames of JPEG Extended that the JDK's 8-bit libjpeg cannot decode. One scan holding every component, no
 * chroma subsampling (12-bit DICOM frames are grayscale in practice); the rest is reported as unsupported.
 * Float IDCT: samples agree with IJG libjpeg's integer IDCT within 1.
 */
final class SequentialDctDecoder {
    private static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
        21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
        61, 54, 47, 55, 62, 63
    };
    private static final double[][] COS = new double[8][8];

    static {
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                COS[x][u] = (u == 0 ? Math.sqrt(0.5) : 1) * Math.cos((2 * x + 1) * u * Math.PI / 16) / 2;
            }
        }
    }

    private final byte[] d;
    private final int frameIndex;
    private final int[][] quant = new int[4][];
    private final Huffman[] dc = new Huffman[4];
    private final Huffman[] ac = new Huffman[4];
    private int precision;
    private int width;
    private int height;
    private int[] componentIds;
    private int[] quantOf;
    private int restartInterval;

    private SequentialDctDecoder(byte[] data, int frameIndex) {
        this.d = data;
        this.frameIndex = frameIndex;
    }

    /** Samples pixel-interleaved, values 0 .. 2^precision - 1. */
    static int[] decode(byte[] data, int frameIndex) {
        try {
            return new SequentialDctDecoder(data, frameIndex).run();
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new PixelDataException("JPEG frame " + frameIndex + " is corrupt: " + e, e);
        }
    }

    private PixelDataException corrupt(String what) {
        return new PixelDataException("JPEG frame " + frameIndex + ": " + what);
    }

    private int u16(int at) {
        return (d[at] & 0xFF) << 8 | d[at + 1] & 0xFF;
    }

    private int[] run() {
        int[][] samples = new int[1][];
        boolean scan = JpegSegments.walk(d, "JPEG frame " + frameIndex, (marker, body, end) -> {
            switch (marker) {
                case 0xDB -> readQuantTables(body, end);
                case 0xC4 -> readHuffmanTables(body, end);
                case 0xC0, 0xC1 -> readFrameHeader(body);
                case 0xDD -> restartInterval = u16(body);
                case 0xDA -> samples[0] = readScan(body, end);
                default -> {
                    if (JpegSegments.isFrameHeader(marker)) {
                        throw new PixelDataException("JPEG frame " + frameIndex + ": SOF" + (marker - 0xC0)
                                + " (progressive, lossless or arithmetic) is not handled by the sequential decoder");
                    }
                }
            }
            return marker == 0xDA;
        });
        if (!scan) {
            throw corrupt("no scan (SOS) found");
        }
        return samples[0];
    }

    private void readQuantTables(int at, int end) {
        while (at < end) {
            int pq = (d[at] & 0xFF) >> 4;
            int[] table = new int[64];
            at++;
            for (int k = 0; k < 64; k++) {
                table[ZIGZAG[k]] = pq == 0 ? d[at + k] & 0xFF : u16(at + 2 * k);
            }
            quant[d[at - 1] & 3] = table;
            at += pq == 0 ? 64 : 128;
        }
    }

    private void readHuffmanTables(int at, int end) {
        while (at < end) {
            int tc = (d[at] & 0xFF) >> 4;
            int th = d[at] & 3;
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
                counts[l] = d[at + l] & 0xFF;
                total += counts[l];
            }
            int[] values = new int[total];
            for (int k = 0; k < total; k++) {
                values[k] = d[at + 17 + k] & 0xFF;
            }
            (tc == 0 ? dc : ac)[th] = new Huffman(counts, values);
            at += 17 + total;
        }
    }

    private void readFrameHeader(int at) {
        precision = d[at] & 0xFF;
        height = u16(at + 1);
        width = u16(at + 3);
        int n = d[at + 5] & 0xFF;
        componentIds = new int[n];
        quantOf = new int[n];
        for (int c = 0; c < n; c++) {
            componentIds[c] = d[at + 6 + 3 * c] & 0xFF;
            if ((d[at + 7 + 3 * c] & 0xFF) != 0x11 && n > 1) {
                throw new PixelDataException("JPEG frame " + frameIndex
                        + ": subsampled components are not handled by the sequential decoder");
            }
            quantOf[c] = d[at + 8 + 3 * c] & 3;
        }
        if (height == 0 || width == 0) {
            throw corrupt("frame header has " + width + "x" + height + " samples (DNL is not supported)");
        }
        if ((long) width * height * n > 1L << 28) {
            throw corrupt("frame header says " + width + "x" + height + "x" + n + " samples, too large");
        }
        if (precision != 8 && precision != 12) {
            throw corrupt("sample precision " + precision + " is not 8 or 12 bits");
        }
    }

    private int[] readScan(int at, int dataStart) {
        if (componentIds == null) {
            throw corrupt("scan before frame header");
        }
        int ns = d[at] & 0xFF;
        int n = componentIds.length;
        if (ns != n) {
            throw new PixelDataException("JPEG frame " + frameIndex + ": " + n + " components in " + ns
                    + "-component scans; only single-scan streams are handled by the sequential decoder");
        }
        Huffman[] dcOf = new Huffman[n];
        Huffman[] acOf = new Huffman[n];
        for (int s = 0; s < ns; s++) {
            int tables = d[at + 2 + 2 * s] & 0xFF;
            dcOf[s] = dc[tables >> 4];
            acOf[s] = ac[tables & 3];
            if (dcOf[s] == null || acOf[s] == null || quant[quantOf[s]] == null) {
                throw corrupt("scan refers to a missing Huffman or quantisation table");
            }
        }
        int blocksX = (width + 7) / 8;
        int blocksY = (height + 7) / 8;
        int[] out = new int[width * height * n];
        int[] pred = new int[n];
        int[] coef = new int[64];
        double[] block = new double[64];
        int max = (1 << precision) - 1;
        int shift = 1 << (precision - 1);
        BitReader bits = new BitReader(d, dataStart);
        int mcus = 0;
        for (int by = 0; by < blocksY; by++) {
            for (int bx = 0; bx < blocksX; bx++) {
                if (restartInterval > 0 && mcus > 0 && mcus % restartInterval == 0) {
                    bits.restart();
                    java.util.Arrays.fill(pred, 0);
                }
                mcus++;
                for (int c = 0; c < n; c++) {
                    java.util.Arrays.fill(coef, 0);
                    int t = dcOf[c].decode(bits);
                    pred[c] += t == 0 ? 0 : extend(bits.read(t), t);
                    coef[0] = pred[c];
                    for (int k = 1; k < 64; k++) {
                        int rs = acOf[c].decode(bits);
                        int r = rs >> 4;
                        int s = rs & 15;
                        if (s == 0) {
                            if (r != 15) {
                                break;
                            }
                            k += 15;
                            continue;
                        }
                        k += r;
                        if (k > 63) {
                            throw corrupt("AC coefficient run past the end of a block");
                        }
                        coef[ZIGZAG[k]] = extend(bits.read(s), s);
                    }
                    idct(coef, quant[quantOf[c]], block);
                    store(block, out, bx * 8, by * 8, c, n, shift, max);
                }
            }
        }
        return out;
    }

    private static int extend(int v, int t) {
        return v < 1 << (t - 1) ? v - (1 << t) + 1 : v;
    }

    /** Separable 8x8 inverse DCT (T.81 A.3.3) of dequantised coefficients. */
    private static void idct(int[] coef, int[] q, double[] out) {
        double[] tmp = new double[64];
        for (int v = 0; v < 8; v++) {
            for (int x = 0; x < 8; x++) {
                double sum = 0;
                for (int u = 0; u < 8; u++) {
                    sum += COS[x][u] * coef[v * 8 + u] * q[v * 8 + u];
                }
                tmp[v * 8 + x] = sum;
            }
        }
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                double sum = 0;
                for (int v = 0; v < 8; v++) {
                    sum += COS[y][v] * tmp[v * 8 + x];
                }
                out[y * 8 + x] = sum;
            }
        }
    }

    private void store(double[] block, int[] out, int x0, int y0, int c, int n, int shift, int max) {
        for (int y = 0; y < 8 && y0 + y < height; y++) {
            for (int x = 0; x < 8 && x0 + x < width; x++) {
                int v = (int) Math.round(block[y * 8 + x]) + shift;
                out[((y0 + y) * width + x0 + x) * n + c] = v < 0 ? 0 : Math.min(v, max);
            }
        }
    }

    /** Canonical Huffman table decoded with per-length max codes (T.81 F.2.2.3). */
    private static final class Huffman {
        private final int[] maxCode = new int[18];
        private final int[] valPtr = new int[17];
        private final int[] minCode = new int[17];
        private final int[] values;

        Huffman(int[] counts, int[] values) {
            this.values = values;
            int code = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                valPtr[l] = k;
                minCode[l] = code;
                code += counts[l];
                k += counts[l];
                maxCode[l] = counts[l] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }

        int decode(BitReader bits) {
            int code = bits.bit();
            for (int l = 1; l <= 16; l++) {
                if (code <= maxCode[l]) {
                    return values[valPtr[l] + code - minCode[l]];
                }
                code = code << 1 | bits.bit();
            }
            throw new PixelDataException("JPEG entropy data holds an invalid Huffman code");
        }
    }

    /** Entropy-coded bits with 0xFF00 unstuffing; at a marker it supplies zero bits, as libjpeg does. */
    private static final class BitReader {
        private final byte[] d;
        private int pos;
        private int current;
        private int left;

        BitReader(byte[] d, int pos) {
            this.d = d;
            this.pos = pos;
        }

        int bit() {
            if (left == 0) {
                current = nextByte();
                left = 8;
            }
            left--;
            return (current >> left) & 1;
        }

        int read(int count) {
            int v = 0;
            for (int i = 0; i < count; i++) {
                v = v << 1 | bit();
            }
            return v;
        }

        private int nextByte() {
            if (pos >= d.length) {
                return 0;
            }
            int b = d[pos] & 0xFF;
            if (b != 0xFF) {
                pos++;
                return b;
            }
            int next = pos + 1 < d.length ? d[pos + 1] & 0xFF : 0xD9;
            if (next == 0) {
                pos += 2;
                return 0xFF;
            }
            return 0; // a marker: stay on it
        }

        /** Skips to the RSTn marker and past it, discarding the remaining bits of the byte. */
        void restart() {
            left = 0;
            while (pos + 1 < d.length && !((d[pos] & 0xFF) == 0xFF && (d[pos + 1] & 0xF8) == 0xD0)) {
                pos++;
            }
            pos += 2;
        }
    }
}

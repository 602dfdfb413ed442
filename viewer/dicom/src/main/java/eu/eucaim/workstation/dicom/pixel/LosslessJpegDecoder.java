package eu.eucaim.workstation.dicom.pixel;

/**
 * JPEG lossless, process 14 (ITU T.81 Annex H, SOF3, Huffman coded), predictors 1–7, point transform, 2–16 bits,
 * one interleaved scan of all components without subsampling, restart intervals of whole lines. That is what
 * DICOM writers produce (dcmtk, GDCM, vendors); anything else returns null and goes to TwelveMonkeys.
 * Written for speed (table-driven Huffman decoding, a 64-bit bit buffer): TwelveMonkeys' decoder was the slowest
 * of the decode benchmark. Entropy data that ends early is continued with zero bits, as libjpeg (GDCM, dcmtk) does.
 */
final class LosslessJpegDecoder {
    private static final int LOOKUP_BITS = 9;

    private final byte[] d;
    private final int frameIndex;
    private final Huffman[] tables = new Huffman[4];
    private int precision;
    private int width;
    private int height;
    private int[] componentIds;
    private int restartInterval;

    // bit reader state
    private int pos;
    private long bitBuffer;
    private int bitCount;
    private boolean markerHit;

    private final int expectedSamples;

    private LosslessJpegDecoder(byte[] d, int frameIndex, int expectedSamples) {
        this.d = d;
        this.frameIndex = frameIndex;
        this.expectedSamples = expectedSamples;
    }

    /**
     * Pixel-interleaved samples (value << point transform), or null when the stream needs TwelveMonkeys. A frame
     * header that does not give {@code expectedSamples} samples (rows x columns x samples per pixel of the data
     * set) is an error before anything is allocated.
     */
    static int[] decode(byte[] data, int frameIndex, int expectedSamples) {
        return new LosslessJpegDecoder(data, frameIndex, expectedSamples).run();
    }

    private PixelDataException corrupt(String what) {
        return new PixelDataException("JPEG lossless frame " + frameIndex + ": " + what);
    }

    private int u16(int at) {
        if (at + 1 >= d.length) {
            throw corrupt("truncated marker segment at byte " + at);
        }
        return (d[at] & 0xFF) << 8 | d[at + 1] & 0xFF;
    }

    private int[] run() {
        int[][] samples = new int[1][];
        boolean[] ours = {true};
        boolean scan = JpegSegments.walk(d, "JPEG lossless frame " + frameIndex, (marker, body, end) -> {
            switch (marker) {
                case 0xC3 -> readFrameHeader(body, end);
                case 0xC4 -> readHuffmanTables(body, end);
                case 0xDD -> restartInterval = u16(body);
                case 0xDA -> samples[0] = componentIds == null ? null : readScan(body, end);
                default -> ours[0] = !JpegSegments.isFrameHeader(marker); // another process: not ours
            }
            return marker == 0xDA || !ours[0];
        });
        if (!ours[0]) {
            return null;
        }
        if (!scan) {
            throw corrupt("no scan (SOS marker)");
        }
        return samples[0];
    }

    private void readFrameHeader(int at, int end) {
        precision = d[at] & 0xFF;
        height = u16(at + 1);
        width = u16(at + 3);
        int n = d[at + 5] & 0xFF;
        if (precision < 2 || precision > 16 || width == 0 || height == 0 || n < 1 || at + 6 + 3 * n > end) {
            throw corrupt("bad frame header (precision " + precision + ", " + width + "x" + height + ", " + n
                    + " components)");
        }
        componentIds = new int[n];
        for (int c = 0; c < n; c++) {
            componentIds[c] = d[at + 6 + 3 * c] & 0xFF;
            if ((d[at + 7 + 3 * c] & 0xFF) != 0x11) {
                componentIds = null; // subsampled components: not ours
                return;
            }
        }
    }

    private void readHuffmanTables(int at, int end) {
        while (at < end) {
            int tc = (d[at] & 0xFF) >> 4;
            int th = d[at] & 0x0F;
            if (th > 3 || at + 17 > end) {
                throw corrupt("bad Huffman table header");
            }
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
                counts[l] = d[at + l] & 0xFF;
                total += counts[l];
            }
            if (total > 256 || at + 17 + total > end) {
                throw corrupt("Huffman table " + th + " has " + total + " codes past its segment");
            }
            if (tc == 0) {
                tables[th] = new Huffman(counts, d, at + 17, total);
            }
            at += 17 + total;
        }
    }

    private int[] readScan(int at, int end) {
        int ns = d[at] & 0xFF;
        if (ns != componentIds.length || at + 1 + 2 * ns + 3 > end) {
            return null; // one scan per component: not ours
        }
        Huffman[] huff = new Huffman[ns];
        for (int c = 0; c < ns; c++) {
            if ((d[at + 1 + 2 * c] & 0xFF) != componentIds[c]) {
                return null;
            }
            huff[c] = tables[(d[at + 2 + 2 * c] & 0xFF) >> 4 & 3];
            if (huff[c] == null) {
                throw corrupt("scan uses an undefined Huffman table");
            }
        }
        int predictor = d[at + 1 + 2 * ns] & 0xFF;
        int pointTransform = d[at + 3 + 2 * ns] & 0x0F;
        if (predictor < 1
                || predictor > 7
                || pointTransform >= precision
                || restartInterval != 0 && restartInterval % width != 0) {
            return null;
        }
        pos = end;
        return decodeSamples(huff, predictor, pointTransform);
    }

    private int[] decodeSamples(Huffman[] huff, int predictor, int pt) {
        int n = huff.length;
        int rowLength = width * n;
        long total = (long) rowLength * height;
        if (total != expectedSamples) {
            throw corrupt("the stream is " + width + "x" + height + " with " + n + " components, but the data set"
                    + " asks for " + expectedSamples + " samples");
        }
        int[] out = new int[(int) total];
        int initial = 1 << (precision - pt - 1);
        int mask = 0xFFFF;
        int linesPerRestart = restartInterval == 0 ? Integer.MAX_VALUE : restartInterval / width;
        int linesLeft = linesPerRestart;
        boolean firstLine = true;
        for (int y = 0; y < height; y++) {
            if (linesLeft == 0) {
                restart();
                linesLeft = linesPerRestart;
                firstLine = true;
            }
            int o = y * rowLength;
            // first sample of a line: the line above, or the default at the start of the image or interval
            for (int c = 0; c < n; c++, o++) {
                out[o] = ((firstLine ? initial : out[o - rowLength]) + diff(huff[c])) & mask;
            }
            if (firstLine) {
                for (int x = 1; x < width; x++) {
                    for (int c = 0; c < n; c++, o++) {
                        out[o] = (out[o - n] + diff(huff[c])) & mask;
                    }
                }
            } else if (n == 1 && predictor == 1) {
                Huffman h = huff[0];
                for (int x = 1; x < width; x++, o++) {
                    out[o] = (out[o - 1] + diff(h)) & mask;
                }
            } else {
                for (int x = 1; x < width; x++) {
                    for (int c = 0; c < n; c++, o++) {
                        int ra = out[o - n];
                        int rb = out[o - rowLength];
                        int rc = out[o - rowLength - n];
                        int px = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                        out[o] = (px + diff(huff[c])) & mask;
                    }
                }
            }
            firstLine = false;
            linesLeft--;
        }
        if (pt > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] <<= pt;
            }
        }
        return out;
    }

    private int diff(Huffman h) {
        int t = h.decode(this);
        if (t == 0) {
            return 0;
        }
        if (t == 16) {
            return 32768;
        }
        int v = bits(t);
        return v < 1 << (t - 1) ? v - (1 << t) + 1 : v;
    }

    // --- bit reader -------------------------------------------------------------------------------------------

    private void fill() {
        while (bitCount <= 56) {
            int b = 0;
            if (!markerHit && pos < d.length) {
                b = d[pos] & 0xFF;
                if (b == 0xFF) {
                    int next = pos + 1 < d.length ? d[pos + 1] & 0xFF : 0xD9;
                    if (next == 0) {
                        pos += 2;
                    } else {
                        markerHit = true; // a marker (RSTn, EOI): feed zero bits until the caller restarts
                        b = 0;
                    }
                } else {
                    pos++;
                }
            }
            bitBuffer |= (long) b << (56 - bitCount);
            bitCount += 8;
        }
    }

    int peek16() {
        if (bitCount < 16) {
            fill();
        }
        return (int) (bitBuffer >>> 48);
    }

    void consume(int n) {
        bitBuffer <<= n;
        bitCount -= n;
    }

    private int bits(int n) {
        if (bitCount < n) {
            fill();
        }
        int v = (int) (bitBuffer >>> (64 - n));
        consume(n);
        return v;
    }

    /** At a restart boundary: drop the partial byte, skip the RSTn marker, reset the bit buffer. */
    private void restart() {
        // bytes already in the buffer beyond the current one are unread: step back over them
        if (!markerHit) {
            pos -= bitCount / 8;
            if (pos < 0) {
                pos = 0;
            }
        }
        bitBuffer = 0;
        bitCount = 0;
        markerHit = false;
        while (pos + 1 < d.length
                && !((d[pos] & 0xFF) == 0xFF && (d[pos + 1] & 0xFF) >= 0xD0 && (d[pos + 1] & 0xFF) <= 0xD7)) {
            pos++;
        }
        pos = Math.min(d.length, pos + 2);
    }

    /** Canonical Huffman code (T.81 C): a 9-bit lookup table, then the per-length maxcode search. */
    private static final class Huffman {
        private final short[] lookup = new short[1 << LOOKUP_BITS]; // (length << 8) | value; 0 = longer code
        private final int[] maxCode = new int[18];
        private final int[] valPtr = new int[17];
        private final int[] minCode = new int[17];
        private final int[] values;

        Huffman(int[] counts, byte[] d, int at, int total) {
            values = new int[total];
            for (int k = 0; k < total; k++) {
                values[k] = d[at + k] & 0xFF;
            }
            int code = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                valPtr[l] = k;
                minCode[l] = code;
                for (int j = 0; j < counts[l]; j++, k++, code++) {
                    if (l <= LOOKUP_BITS) {
                        int first = code << (LOOKUP_BITS - l);
                        int count = 1 << (LOOKUP_BITS - l);
                        for (int e = 0; e < count; e++) {
                            lookup[first + e] = (short) (l << 8 | values[k]);
                        }
                    }
                }
                maxCode[l] = counts[l] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }

        int decode(LosslessJpegDecoder in) {
            int peek = in.peek16();
            int e = lookup[peek >>> (16 - LOOKUP_BITS)];
            if (e != 0) {
                in.consume(e >>> 8);
                return e & 0xFF;
            }
            for (int l = LOOKUP_BITS + 1; l <= 16; l++) {
                int code = peek >>> (16 - l);
                if (maxCode[l] >= 0 && code <= maxCode[l]) {
                    in.consume(l);
                    return values[valPtr[l] + code - minCode[l]];
                }
            }
            throw in.corrupt("invalid Huffman code near byte " + in.pos);
        }
    }
}

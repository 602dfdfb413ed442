package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Streams made by a small process-14 encoder in this test (one 5-bit code per difference category), checked
 * sample by sample against the input and against TwelveMonkeys' decoder: every predictor, 8/12/16 bits, one and
 * three components, point transform and restart intervals; then truncated and corrupted streams.
 */
class LosslessJpegDecoderTest {

    @Test
    void everyPredictorPrecisionAndLayoutRoundTrips() {
        Random random = new Random(5);
        for (int predictor = 1; predictor <= 7; predictor++) {
            for (int precision : new int[] {8, 12, 16}) {
                for (int components : new int[] {1, 3}) {
                    for (int pt : new int[] {0, 2}) {
                        int restart = predictor % 2 == 0 ? 0 : 2; // in lines
                        int[] image = image(random, 23, 17, components, precision, predictor % 3 == 0);
                        byte[] stream = encode(image, 23, 17, components, precision, predictor, pt, restart);
                        int[] expected = image.clone();
                        for (int i = 0; i < expected.length; i++) {
                            expected[i] = expected[i] >> pt << pt;
                        }
                        String what = "predictor " + predictor + ", " + precision + " bits, " + components
                                + " components, Pt " + pt + ", restart " + restart;
                        assertThat(LosslessJpegDecoder.decode(stream, 0, expected.length))
                                .as(what)
                                .containsExactly(expected);
                        if (components == 1
                                && pt == 0
                                && restart == 0) { // TwelveMonkeys converts 3-component JPEG's colours
                            assertThat(twelveMonkeys(stream))
                                    .as("TwelveMonkeys, " + what)
                                    .containsExactly(expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void throughTheFrameDecoderSamplesAreSignExtended() {
        int[] image = image(new Random(1), 8, 4, 1, 16, false);
        byte[] stream = encode(image, 8, 4, 1, 16, 1, 0, 0);
        PixelFormat signed = new PixelFormat(4, 8, 1, 16, 16, 15, 1, "MONOCHROME2", 0, 1);
        DecodedFrame frame = FrameDecoder.decode("1.2.840.10008.1.2.4.70", signed, 0, stream, null);
        for (int i = 0; i < image.length; i++) {
            assertThat(frame.sample(i)).isEqualTo((long) (short) image[i]);
        }
    }

    @Test
    void aFrameHeaderThatDisagreesWithTheDataSetIsRefusedBeforeDecoding() {
        byte[] stream = encode(image(new Random(2), 8, 4, 1, 8, false), 8, 4, 1, 8, 1, 0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LosslessJpegDecoder.decode(stream, 2, 8 * 5))
                .isInstanceOf(PixelDataException.class)
                .hasMessage("JPEG lossless frame 2: the stream is 8x4 with 1 components, but the data set asks for"
                        + " 40 samples");
    }

    @Test
    void truncatedOrCorruptStreamsGiveAFrameOrAPixelDataException() {
        Random random = new Random(9);
        int[] image = image(random, 32, 32, 1, 12, false);
        byte[] good = encode(image, 32, 32, 1, 12, 6, 0, 4);
        for (int round = 0; round < 300; round++) {
            byte[] bad = round < 40 ? Arrays.copyOf(good, 4 + good.length * round / 40) : good.clone();
            for (int flips = round < 40 ? 0 : 1 + random.nextInt(6); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                int[] out = LosslessJpegDecoder.decode(bad, 3, 32 * 32);
                if (out != null) {
                    assertThat(out).hasSize(32 * 32);
                }
            } catch (PixelDataException expected) {
                assertThat(expected.getMessage()).contains("frame 3");
            }
        }
    }

    private static int[] twelveMonkeys(byte[] stream) {
        Raster r = new ImageIoFrameReader(
                        "JPEG", "jpeg", x -> x.getClass().getName().startsWith("com.twelvemonkeys."))
                .read(stream, 0);
        return r.getPixels(0, 0, r.getWidth(), r.getHeight(), (int[]) null);
    }

    private static int[] image(Random random, int width, int height, int components, int precision, boolean noise) {
        int max = (1 << precision) - 1;
        int[] v = new int[width * height * components];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < components; c++) {
                    int smooth = (x * 37 + y * 11 + c * 1000) % (max + 1);
                    v[(y * width + x) * components + c] = noise ? random.nextInt(max + 1) : smooth;
                }
            }
        }
        v[0] = max; // extremes: a full-scale jump makes category 16-ish differences at 16 bits
        v[v.length - 1] = 0;
        return v;
    }

    /** T.81 H: SOF3, one DHT (categories 0..16, all 5-bit codes), DRI, one interleaved scan. */
    static byte[] encode(
            int[] image, int width, int height, int n, int precision, int predictor, int pt, int restartLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC4, 0, 36, 0});
        for (int l = 1; l <= 16; l++) {
            out.write(l == 5 ? 17 : 0);
        }
        for (int s = 0; s <= 16; s++) {
            out.write(s);
        }
        int sofLength = 8 + 3 * n;
        out.writeBytes(new byte[] {
            (byte) 0xFF,
            (byte) 0xC3,
            0,
            (byte) sofLength,
            (byte) precision,
            (byte) (height >> 8),
            (byte) height,
            (byte) (width >> 8),
            (byte) width,
            (byte) n
        });
        for (int c = 0; c < n; c++) {
            out.writeBytes(new byte[] {(byte) (c + 1), 0x11, 0});
        }
        if (restartLines > 0) {
            int ri = restartLines * width;
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDD, 0, 4, (byte) (ri >> 8), (byte) ri});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, (byte) (6 + 2 * n), (byte) n});
        for (int c = 0; c < n; c++) {
            out.writeBytes(new byte[] {(byte) (c + 1), 0});
        }
        out.writeBytes(new byte[] {(byte) predictor, 0, (byte) pt});
        int[] s = new int[image.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = image[i] >> pt;
        }
        Bits bits = new Bits(out);
        int row = width * n;
        int marker = 0;
        boolean first = true;
        for (int y = 0; y < height; y++) {
            if (restartLines > 0 && y > 0 && y % restartLines == 0) {
                bits.flush();
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) (0xD0 + marker++ % 8)});
                first = true;
            }
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < n; c++) {
                    int o = y * row + x * n + c;
                    int px;
                    if (x == 0) {
                        px = first ? 1 << (precision - pt - 1) : s[o - row];
                    } else if (first) {
                        px = s[o - n];
                    } else {
                        int ra = s[o - n];
                        int rb = s[o - row];
                        int rc = s[o - row - n];
                        px = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                    }
                    int diff = (s[o] - px) & 0xFFFF;
                    diff = diff >= 32768 ? diff - 65536 : diff;
                    int t = diff == -32768 ? 16 : 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
                    bits.write(t, 5);
                    if (t > 0 && t < 16) {
                        bits.write(diff > 0 ? diff : diff + (1 << t) - 1, t);
                    }
                }
            }
            first = false;
        }
        bits.flush();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** Bit writer with byte stuffing; the last byte is padded with 1 bits. */
    private static final class Bits {
        private final ByteArrayOutputStream out;
        private int acc;
        private int count;

        Bits(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int length) {
            for (int i = length - 1; i >= 0; i--) {
                acc = acc << 1 | (value >> i & 1);
                if (++count == 8) {
                    emit();
                }
            }
        }

        void flush() {
            while (count != 0) {
                write(1, 1);
            }
        }

        private void emit() {
            out.write(acc);
            if (acc == 0xFF) {
                out.write(0);
            }
            acc = 0;
            count = 0;
        }
    }
}

package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import eu.eucaim.workstation.dicom.TransferSyntax;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** Compressed streams made in-process: round trips, and corrupt input giving only PixelDataException. */
class CompressedRobustnessTest {
    private static final PixelFormat GRAY8 = PixelFormat.monochrome(32, 32, 8, 8, false);

    private static byte[] ramp() {
        byte[] v = new byte[32 * 32];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (i * 61);
        }
        return v;
    }

    private static byte[] encode(String format, BufferedImage image, boolean lossless) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (lossless && param instanceof J2KImageWriteParam j2k) {
                j2k.setLossless(true);
                j2k.setFilter(J2KImageWriteParam.FILTER_53);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** 8-bit: jai-imageio's writer shifts 16-bit samples even in lossless mode (OpenJPEG decodes the same). */
    private static byte[] j2kLossless8() throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = image.getRaster();
        r.setDataElements(0, 0, 32, 32, ramp());
        return encode("jpeg2000", image, true);
    }

    private static byte[] jpegBaseline8() throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                image.getRaster().setSample(x, y, 0, x * 8);
            }
        }
        return encode("jpeg", image, false);
    }

    @Test
    void jpeg2000LosslessRoundTripIsExact() throws IOException {
        byte[] stream = j2kLossless8();
        DecodedFrame d =
                FrameDecoder.decode(TransferSyntax.JPEG_2000_LOSSLESS.uid(), GRAY8, 0, stream, ByteOrder.LITTLE_ENDIAN);
        assertThat(d.bytes()).containsExactly(ramp());
    }

    @Test
    void decodersGiveTheSameFramesOnManyThreads() throws Exception {
        byte[] jpeg = jpegBaseline8();
        byte[] j2k = j2kLossless8();
        byte[] jpegAlone = FrameDecoder.decode(
                        TransferSyntax.JPEG_BASELINE.uid(), GRAY8, 0, jpeg, ByteOrder.LITTLE_ENDIAN)
                .bytes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[][]>> results = new ArrayList<>();
            for (int task = 0; task < 40; task++) {
                results.add(pool.submit(() -> new byte[][] {
                    FrameDecoder.decode(TransferSyntax.JPEG_BASELINE.uid(), GRAY8, 0, jpeg, ByteOrder.LITTLE_ENDIAN)
                            .bytes(),
                    FrameDecoder.decode(TransferSyntax.JPEG_2000_LOSSLESS.uid(), GRAY8, 0, j2k, ByteOrder.LITTLE_ENDIAN)
                            .bytes()
                }));
            }
            for (Future<byte[][]> r : results) {
                assertThat(r.get()[0]).containsExactly(jpegAlone);
                assertThat(r.get()[1]).containsExactly(ramp());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void frameOfTheWrongSizeIsReported() throws IOException {
        PixelFormat other = PixelFormat.monochrome(16, 32, 8, 8, false);
        assertThatThrownBy(() -> FrameDecoder.decode(
                        TransferSyntax.JPEG_2000_LOSSLESS.uid(), other, 0, j2kLossless8(), ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("is 32x32 with 1 components, but the data set says 32x16");
    }

    @Test
    void notAJpegStreamIsReported() {
        assertThatThrownBy(() -> FrameDecoder.decode(
                        TransferSyntax.JPEG_BASELINE.uid(),
                        PixelFormat.monochrome(8, 8, 8, 8, false),
                        0,
                        new byte[] {1, 2, 3, 4, 5},
                        ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("does not start with an SOI marker");
    }

    @Test
    void corruptJpegAndJpeg2000StreamsFailOnlyWithPixelDataException() throws IOException {
        check(TransferSyntax.JPEG_BASELINE, PixelFormat.monochrome(32, 32, 8, 8, false), jpegBaseline8());
        check(TransferSyntax.JPEG_2000_LOSSLESS, GRAY8, j2kLossless8());
    }

    /** Truncations and random byte flips: either a frame comes back or a PixelDataException, nothing else. */
    private static void check(TransferSyntax ts, PixelFormat f, byte[] good) {
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            byte[] bad = round < 20 ? Arrays.copyOf(good, good.length * round / 20) : good.clone();
            for (int flips = round < 20 ? 0 : 1 + random.nextInt(8); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                DecodedFrame d = FrameDecoder.decode(ts.uid(), f, 0, bad, ByteOrder.LITTLE_ENDIAN);
                assertThat(d.length()).isEqualTo(f.samplesPerFrame());
            } catch (PixelDataException expected) {
                assertThat(expected.getMessage()).contains("frame 0");
            }
        }
    }

    @Test
    void jpegLsWithoutCharlsOrCorruptIsReportedClearly() {
        String uid = TransferSyntax.JPEG_LS_LOSSLESS.uid();
        assertThatThrownBy(() -> FrameDecoder.decode(
                        uid, GRAY8, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0}, ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining(FrameDecoder.supports(uid) ? "CharLS error" : "libcharls2");
    }
}

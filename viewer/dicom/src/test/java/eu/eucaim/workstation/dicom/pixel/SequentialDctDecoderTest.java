package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The own sequential DCT decoder (used for 12-bit JPEG Extended, checked against GDCM in the conformance test)
 * run on 8-bit streams the JDK writes, against the JDK's libjpeg reading the same stream.
 */
class SequentialDctDecoderTest {

    private static byte[] jdkJpeg(int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (x * 5 + y * 3 + random.nextInt(20)) & 0xFF;
                image.setRGB(x, y, 0xFF000000 | v << 16 | (255 - v) << 8 | (v / 2));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void grayscaleAgreesWithLibjpegWithinOne() throws IOException {
        // 37 x 21: partial blocks on both edges
        byte[] stream = jdkJpeg(37, 21, BufferedImage.TYPE_BYTE_GRAY);
        int[] ours = SequentialDctDecoder.decode(stream, 0);
        int[] libjpeg = ImageIO.read(new java.io.ByteArrayInputStream(stream))
                .getRaster()
                .getPixels(0, 0, 37, 21, (int[]) null);
        assertThat(ours).hasSameSizeAs(libjpeg);
        for (int i = 0; i < ours.length; i++) {
            assertThat(Math.abs(ours[i] - libjpeg[i])).as("sample %d", i).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void subsampledColourIsReportedAsUnsupported() throws IOException {
        byte[] stream = jdkJpeg(16, 16, BufferedImage.TYPE_INT_RGB); // the JDK writes 4:2:0 YCbCr
        try {
            SequentialDctDecoder.decode(stream, 0);
        } catch (PixelDataException e) {
            assertThat(e.getMessage()).contains("subsampled components");
            return;
        }
        throw new AssertionError("expected a PixelDataException");
    }

    @Test
    void corruptStreamsFailOnlyWithPixelDataException() throws IOException {
        byte[] good = jdkJpeg(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            byte[] bad = good.clone();
            for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            if (round % 4 == 0) {
                bad = java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
            }
            try {
                assertThat(SequentialDctDecoder.decode(bad, 0)).isNotNull();
            } catch (PixelDataException expected) {
                assertThat(expected.getMessage()).contains("JPEG");
            }
        }
    }
}

package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenJPEG through JNA against streams written in-process by jai-imageio: lossless RGB (RCT) round trip,
 * agreement with the jai-imageio path, and corrupt streams giving a message that names the frame and OpenJPEG's
 * reason. Skipped only where libopenjp2 is missing (then jai-imageio decodes and its own tests cover it);
 * CI installs libopenjp2-7, and there a missing library fails.
 */
class OpenJpegDecoderTest {
    private static final int SIZE = 24;

    @BeforeAll
    static void needsLibrary() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(OpenJpegDecoder.available())
                    .as("libopenjp2 on CI: " + OpenJpegDecoder.problem())
                    .isTrue();
        }
        Assumptions.assumeTrue(OpenJpegDecoder.available(), () -> "libopenjp2 missing: " + OpenJpegDecoder.problem());
    }

    private static byte[] rgbLossless(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
            param.setLossless(true);
            param.setFilter(J2KImageWriteParam.FILTER_53);
            param.setWriteCodeStreamOnly(true);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage colours() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                image.setRGB(x, y, (x * 10) << 16 | (y * 10) << 8 | ((x * y) & 0xFF));
            }
        }
        return image;
    }

    private static PixelFormat rgb() {
        return new PixelFormat(SIZE, SIZE, 3, 8, 8, 7, 0, "RGB", 0, 1);
    }

    @Test
    void rgbLosslessRoundTripIsExactAndAgreesWithJaiImageio() throws IOException {
        byte[] stream = rgbLossless(colours());
        DecodedFrame ours = OpenJpegDecoder.decode(rgb(), 0, stream);
        BufferedImage image = colours();
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int i = 3 * (y * SIZE + x);
                int argb = image.getRGB(x, y);
                assertThat(new long[] {ours.sample(i), ours.sample(i + 1), ours.sample(i + 2)})
                        .as("pixel %d,%d", x, y)
                        .containsExactly((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
            }
        }
        assertThat(ours.bytes())
                .containsExactly(
                        Jpeg2000Decoder.decodeWithImageIo(rgb(), 0, stream).bytes());
    }

    @Test
    void corruptOrTruncatedStreamNamesTheFrameAndOpenJpegsReason() throws IOException {
        byte[] stream = rgbLossless(colours());
        byte[] badSiz = stream.clone();
        badSiz[8] = (byte) 0xFF; // Xsiz: a width far beyond the image
        badSiz[9] = (byte) 0xFF;
        assertThatThrownBy(() -> OpenJpegDecoder.decode(rgb(), 7, badSiz))
                .isInstanceOf(PixelDataException.class)
                .hasMessageStartingWith("JPEG 2000 frame 7 ");
        assertThatThrownBy(() -> OpenJpegDecoder.decode(rgb(), 3, Arrays.copyOf(stream, 40)))
                .isInstanceOf(PixelDataException.class)
                .hasMessageStartingWith("JPEG 2000 frame 3 (40 bytes) cannot be decoded: OpenJPEG could not");
        assertThatThrownBy(() -> OpenJpegDecoder.decode(rgb(), 2, new byte[5]))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("frame 2 is too short");
    }

    @Test
    void sizeOrComponentMismatchIsReported() throws IOException {
        byte[] stream = rgbLossless(colours());
        PixelFormat grey = PixelFormat.monochrome(SIZE, SIZE, 8, 8, false);
        assertThatThrownBy(() -> OpenJpegDecoder.decode(grey, 0, stream))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("is 24x24 with 3 components, but the data set says 24x24 with SamplesPerPixel 1");
    }
}

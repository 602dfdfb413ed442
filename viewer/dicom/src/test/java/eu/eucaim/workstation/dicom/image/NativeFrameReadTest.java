package eu.eucaim.workstation.dicom.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.Value;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.FrameDecoder;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native frames read from the file straight into their sample arrays (PixelDataAccess.nativeFrame, one reused
 * direct buffer per thread) give what the byte[] path gives, for any frame size in any order, and fail alike.
 */
class NativeFrameReadTest {
    @TempDir
    Path dir;

    private Path write(String name, PixelFormat format, byte[] pixelData) throws Exception {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.4250");
        ImagePixelModule.put(ds, format, pixelData);
        return Synthetic.write(dir.resolve(name), ds);
    }

    private static byte[] counting(int n, int step) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * step + 1);
        }
        return b;
    }

    /** What the byte[] path decodes: FrameDecoder over PixelDataAccess.frameBytes. */
    private static DecodedFrame viaByteArray(DicomImage img, int frame) throws Exception {
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(img.file()));
        return FrameDecoder.decode(img.transferSyntaxUid(), img.format(), frame, px.frameBytes(frame), px.byteOrder());
    }

    private static void assertSameSamples(DecodedFrame got, DecodedFrame expected) {
        assertThat(got.format()).isEqualTo(expected.format());
        assertThat(got.bytes()).isEqualTo(expected.bytes());
        assertThat(got.shorts()).isEqualTo(expected.shorts());
        assertThat(got.ints()).isEqualTo(expected.ints());
    }

    @Test
    void oddSizedFramesAndLargerAndSmallerFramesThroughTheSameBufferMatchTheByteArrayPath() throws Exception {
        // 3 x 3 8-bit frames: 9 bytes, so frame 1 starts at an odd offset; then 12 bits in 16 with garbage above
        // bit 11 (masked and sign-extended), then 32-bit: the buffer grows, then serves a smaller frame again.
        DicomImage odd = DicomImage.open(
                write("odd.dcm", new PixelFormat(3, 3, 1, 8, 8, 7, 0, "MONOCHROME2", 0, 3), counting(27, 7)));
        DicomImage twelve = DicomImage.open(write(
                "twelve.dcm",
                new PixelFormat(64, 64, 1, 16, 12, 11, 1, "MONOCHROME2", 0, 2),
                counting(64 * 64 * 2 * 2, 13)));
        DicomImage wide =
                DicomImage.open(write("wide.dcm", PixelFormat.monochrome(5, 7, 32, 32, true), counting(5 * 7 * 4, 3)));
        for (DicomImage img : new DicomImage[] {odd, twelve, wide, odd}) {
            for (int f = img.frameCount() - 1; f >= 0; f--) {
                assertSameSamples(img.frame(f), viaByteArray(img, f));
            }
        }
        assertThat(odd.frame(1).sample(0)).isEqualTo((9 * 7 + 1) & 0xFF);
        assertThat(twelve.frame(0).shorts()).isNotNull();
        assertThat(wide.frame(0).ints()).isNotNull();
    }

    @Test
    void aFileCutShortAfterOpeningNamesTheFileAndWhereItEnded() throws Exception {
        Path file = write("cut.dcm", new PixelFormat(4, 4, 1, 16, 16, 15, 0, "MONOCHROME2", 0, 2), counting(64, 1));
        DicomImage img = DicomImage.open(file);
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(file));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 5); // the second frame loses its last 5 bytes
        }
        assertThat(img.frame(0).shorts()).hasSize(16);
        String byteArrayPath = catchMessage(() -> px.frameBytes(1));
        assertThat(byteArrayPath).contains("end of file at");
        assertThatThrownBy(() -> img.frame(1))
                .isInstanceOf(PixelDataException.class)
                .hasMessage(file + ": Pixel Data (7FE0,0010): " + byteArrayPath);
    }

    @Test
    void pixelDataShorterThanItsFramesNamesTheLengthsAsBefore() throws Exception {
        Path file = write("short.dcm", new PixelFormat(2, 3, 1, 16, 16, 15, 0, "MONOCHROME2", 0, 2), new byte[20]);
        DicomImage img = DicomImage.open(file);
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(file));
        String byteArrayPath = catchMessage(() -> px.frameBytes(1));
        assertThat(byteArrayPath).isEqualTo(file + ": pixel data holds 20 bytes, frame 1 ends at 24");
        assertThatThrownBy(() -> img.frame(1))
                .isInstanceOf(PixelDataException.class)
                .hasMessage(file + ": Pixel Data (7FE0,0010): " + byteArrayPath);
    }

    @Test
    void encapsulatedPixelDataHasNoNativeFrames() throws Exception {
        Dataset ds = Synthetic.ct(2, 3, DicomImageTest.STORED, 1);
        ds.put(new Element(
                Tags.PixelData,
                VR.OB,
                new Value.Fragments(
                        new Value.InMemory(new byte[0]),
                        List.of(new Value.InMemory(new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0})))));
        Path rle = Synthetic.write(dir.resolve("jpeg.dcm"), ds, "1.2.840.10008.1.2.4.70");
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(rle));
        assertThatThrownBy(() -> px.nativeFrame(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encapsulated");
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}

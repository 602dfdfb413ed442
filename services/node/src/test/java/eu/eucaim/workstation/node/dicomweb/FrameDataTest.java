package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Frames of native big endian instances in explicit VR little endian (found by the client's DicomWebParityTest
 * against Orthanc): the samples' bytes swapped, the layout as stored, so a planar RGB frame stays planar as its
 * metadata says. pydicom's test files (Debian's python3-pydicom).
 */
class FrameDataTest {
    static final Path FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    @Test
    void aPlanarBigEndianRgbFrameKeepsItsPlanesAndBytes() throws Exception {
        FrameData planar = FrameData.open(FILES.resolve("ExplVR_BigEnd.dcm"), "1.2.840.10008.1.2.2");
        // 8-bit samples: nothing to swap, and PlanarConfiguration 1 (RRR…GGG…BBB) is kept, not interleaved
        assertThat(planar.nativeLittleEndian(0)).isEqualTo(planar.stored(0));
        assertThat(planar.nativeLittleEndian(0)).startsWith((byte) 0xAB, (byte) 0xAD, (byte) 0x9C, (byte) 0xB0);
    }

    @Test
    void bigEndian16BitSamplesAreSwappedToTheLittleEndianFilesBytes() throws Exception {
        FrameData big = FrameData.open(FILES.resolve("MR_small_bigendian.dcm"), "1.2.840.10008.1.2.2");
        FrameData little = FrameData.open(FILES.resolve("MR_small.dcm"), "1.2.840.10008.1.2.1");
        assertThat(big.nativeLittleEndian(0)).isEqualTo(little.nativeLittleEndian(0));
        assertThat(big.nativeLittleEndian(0)).isNotEqualTo(big.stored(0));
    }
}

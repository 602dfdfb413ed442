package eu.eucaim.workstation.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write → read gives the same data set; dcmtk and pydicom read what we write. */
class DicomWriterTest {

    static Dataset syntheticCt() {
        Dataset ds = new Dataset();
        ds.put(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.1234567890.1");
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.PatientName, VR.PN, "Müller^Jürgen=山田^太郎");
        ds.put(Tags.PatientID, VR.LO, "EUCAIM-0001");
        Dataset code = ds.newItem();
        code.put(0x00080100, VR.SH, "T-D3000");
        code.put(0x00080102, VR.SH, "SRT");
        ds.putSequence(0x00082218, List.of(code)); // Anatomic Region Sequence
        ds.put(Tags.SliceThickness, VR.DS, 1.25);
        ds.put(Tags.ImagePositionPatient, VR.DS, -125.0, -125.0, 42.5);
        ds.put(Tags.InstanceNumber, VR.IS, 7);
        ds.put(Tags.SamplesPerPixel, VR.US, 1);
        ds.put(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.put(Tags.Rows, VR.US, 4);
        ds.put(Tags.Columns, VR.US, 4);
        ds.put(Tags.BitsAllocated, VR.US, 16);
        ds.put(Tags.BitsStored, VR.US, 12);
        ds.put(Tags.HighBit, VR.US, 11);
        ds.put(Tags.PixelRepresentation, VR.US, 1);
        ds.put(Tags.RescaleIntercept, VR.DS, -1024);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ds.put(0x00189328, VR.FD, 12.5); // Exposure Time in ms
        byte[] pixels = new byte[32];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        ds.put(Tags.PixelData, VR.OW, pixels);
        return ds;
    }

    static JsonNode json(Dataset ds, BulkDataMode mode) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomJsonWriter(mode, false).write(ds, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void writeThenReadGivesTheSameDataset(@TempDir Path dir) throws Exception {
        DicomFile back = writeReadCompare(dir.resolve("ct.dcm"), TransferSyntax.EXPLICIT_VR_LE_UID);
        assertThat(back.dataset().getString(Tags.PatientName)).isEqualTo("Müller^Jürgen=山田^太郎");
        assertThat(back.fileMeta().getString(Tags.ImplementationClassUID))
                .isEqualTo(DicomWriter.IMPLEMENTATION_CLASS_UID);
        assertThat(back.fileMeta().getString(Tags.MediaStorageSOPInstanceUID)).isEqualTo("2.25.1234567890.1");
        int groupLength = back.fileMeta().getInt(Tags.FileMetaInformationGroupLength, -1);
        assertThat(groupLength)
                .isEqualTo(back.fileMeta().elements().stream()
                        .filter(e -> e.tag() != Tags.FileMetaInformationGroupLength)
                        .mapToInt(DicomWriterTest::encodedSize)
                        .sum());
    }

    /** Writes the synthetic CT, reads it back and checks it is the same data set. */
    private static DicomFile writeReadCompare(Path file, String ts) throws Exception {
        Dataset ds = syntheticCt();
        DicomWriter.write(file, ds, ts);
        DicomFile back = DicomReader.read(file);
        assertThat(json(back.dataset(), BulkDataMode.INLINE)).isEqualTo(json(ds, BulkDataMode.INLINE));
        return back;
    }

    private static int encodedSize(eu.eucaim.workstation.dicom.Element e) {
        byte[] v = ((eu.eucaim.workstation.dicom.Value.Bytes) e.value()).data();
        return (e.vr().longHeader() ? 12 : 8) + v.length;
    }

    @Test
    void implicitVRIsWrittenToo(@TempDir Path dir) throws Exception {
        DicomFile back = writeReadCompare(dir.resolve("ct-implicit.dcm"), TransferSyntax.IMPLICIT_VR_LE_UID);
        assertThat(back.transferSyntax().explicitVR()).isFalse();
    }

    @Test
    void encapsulatedFramesGetAnOffsetTable(@TempDir Path dir) throws Exception {
        Dataset ds = syntheticCt();
        ds.put(Tags.NumberOfFrames, VR.IS, 3);
        List<byte[]> frames = List.of(jpegLike(101), jpegLike(64), jpegLike(77));
        ds.putEncapsulatedFrames(Tags.PixelData, frames);
        Path file = dir.resolve("jpeg.dcm");
        DicomWriter.write(file, ds, "1.2.840.10008.1.2.4.50");
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(file));
        assertThat(px.encapsulated()).isTrue();
        assertThat(px.frameCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            byte[] got = px.frameBytes(i);
            assertThat(got).startsWith(frames.get(i)).hasSize((frames.get(i).length + 1) & ~1);
        }
        peersRead(file, "3");
    }

    /** Frame 1 is two fragments, all start like JPEG: only the Extended Offset Table tells the frames apart. */
    @Test
    void theExtendedOffsetTableDecidesWhereFramesStart(@TempDir Path dir) throws Exception {
        Dataset ds = syntheticCt();
        ds.put(Tags.NumberOfFrames, VR.IS, 3);
        List<byte[]> fragments = List.of(jpegLike(10), jpegLike(20), jpegLike(30), jpegLike(40));
        ds.put(new eu.eucaim.workstation.dicom.Element(
                Tags.PixelData,
                VR.OB,
                new eu.eucaim.workstation.dicom.Value.Fragments(
                        new eu.eucaim.workstation.dicom.Value.InMemory(new byte[0]),
                        fragments.stream()
                                .map(b -> (eu.eucaim.workstation.dicom.Value.Chunk)
                                        new eu.eucaim.workstation.dicom.Value.InMemory(b))
                                .toList())));
        long[] offsets = {0, 18, 18 + 28 + 38};
        long[] lengths = {10, 50, 40};
        ds.put(Tags.ExtendedOffsetTable, VR.OV, longs(offsets));
        ds.put(Tags.ExtendedOffsetTableLengths, VR.OV, longs(lengths));
        Path file = dir.resolve("eot.dcm");
        DicomWriter.write(file, ds, "1.2.840.10008.1.2.4.50");
        PixelDataAccess px = PixelDataAccess.of(DicomReader.read(file));
        assertThat(px.frameCount()).isEqualTo(3);
        assertThat(px.frameBytes(0)).isEqualTo(fragments.get(0));
        byte[] joined = new byte[50];
        System.arraycopy(fragments.get(1), 0, joined, 0, 20);
        System.arraycopy(fragments.get(2), 0, joined, 20, 30);
        assertThat(px.frameBytes(1)).isEqualTo(joined);
        assertThat(px.frameBytes(2)).isEqualTo(fragments.get(3));
    }

    private static byte[] longs(long[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * v.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (long x : v) {
            b.putLong(x);
        }
        return b.array();
    }

    @Test
    void dcmtkAndPydicomReadWhatWeWrite(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ct.dcm");
        DicomWriter.write(file, syntheticCt(), TransferSyntax.EXPLICIT_VR_LE_UID);
        peersRead(file, "1");
    }

    /** dcmdump without errors or warnings; pydicom finds the name and the frames. */
    private static void peersRead(Path file, String frames) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.exists(Path.of("/usr/bin/dcmdump")), "dcmtk not installed");
        Assumptions.assumeTrue(ci || Files.exists(Path.of("/usr/bin/python3")), "python3-pydicom not installed");
        String dump = run("dcmdump", "-q", file.toString());
        assertThat(dump).contains("(0010,0010) PN [Müller^Jürgen=山田^太郎]").doesNotContain("E: ", "W: ");
        String py = run(
                "/usr/bin/python3",
                "-c",
                "import sys, pydicom\n"
                        + "from pydicom.encaps import generate_pixel_data_frame\n"
                        + "d = pydicom.dcmread(sys.argv[1])\n"
                        + "n = int(d.get('NumberOfFrames', 1))\n"
                        + "f = list(generate_pixel_data_frame(d.PixelData, n)) if d.file_meta.TransferSyntaxUID.is_compressed else [d.PixelData]\n"
                        + "print(d.PatientName, len(f))",
                file.toString());
        assertThat(py.trim()).isEqualTo("Müller^Jürgen=山田^太郎 " + frames);
    }

    private static String run(String... cmd) throws Exception {
        return eu.eucaim.workstation.dicom.testing.PeerTool.run(cmd);
    }

    private static byte[] jpegLike(int n) {
        byte[] b = new byte[n];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        for (int i = 2; i < n; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }
}

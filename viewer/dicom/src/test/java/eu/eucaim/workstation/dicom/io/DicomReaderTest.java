package eu.eucaim.workstation.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.Value;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made byte streams for the reader's error paths (the samples cover the happy paths). */
class DicomReaderTest {

    static final Path NAME = Path.of("test.dcm");

    static byte[] part10(byte[] dataset, String tsUid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] uid = (tsUid.length() % 2 == 1 ? tsUid + "\0" : tsUid).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer meta = ByteBuffer.allocate(8 + uid.length).order(ByteOrder.LITTLE_ENDIAN);
        meta.putShort((short) 2)
                .putShort((short) 0x10)
                .put((byte) 'U')
                .put((byte) 'I')
                .putShort((short) uid.length)
                .put(uid);
        out.writeBytes(meta.array());
        out.writeBytes(dataset);
        return out.toByteArray();
    }

    static byte[] explicit(int tag, String vr, byte[] value) {
        boolean longHeader = "OB OW SQ UN UT UC UR OD OF OL OV SV UV".contains(vr);
        ByteBuffer b = ByteBuffer.allocate(12 + value.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) (tag >>> 16))
                .putShort((short) tag)
                .put((byte) vr.charAt(0))
                .put((byte) vr.charAt(1));
        if (longHeader) {
            b.putShort((short) 0).putInt(value.length);
        } else {
            b.putShort((short) value.length);
        }
        b.put(value);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void readsAMinimalExplicitFile() throws Exception {
        byte[] file = part10(
                explicit(0x00100010, "PN", "Doe^John".getBytes(StandardCharsets.US_ASCII)), "1.2.840.10008.1.2.1");
        var f = new DicomReader().read(NAME, file);
        assertThat(f.dataset().getString(0x00100010)).isEqualTo("Doe^John");
        assertThat(f.transferSyntax().explicitVR()).isTrue();
        assertThat(f.preamble()).isTrue();
    }

    /**
     * Deflated data sets: a header read inflates only the first 64 KiB when that reaches the stop, and inflates
     * everything when an element runs past it; both give what a full read gives, less pixel data.
     */
    @Test
    void deflatedHeaderReadsInflateOnlyWhatTheyNeed() throws Exception {
        byte[] noise = new byte[300_000];
        new java.util.Random(3).nextBytes(noise);
        for (int comments : new int[] {10, 100_000}) {
            ByteArrayOutputStream ds = new ByteArrayOutputStream();
            ds.writeBytes(explicit(0x00100010, "PN", "Doe^John".getBytes(StandardCharsets.US_ASCII)));
            ds.writeBytes(explicit(0x00204000, "UT", " ".repeat(comments).getBytes(StandardCharsets.US_ASCII)));
            ds.writeBytes(explicit(0x00280008, "IS", "1 ".getBytes(StandardCharsets.US_ASCII)));
            ds.writeBytes(explicit(0x7FE00010, "OB", noise));
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
            deflater.setInput(ds.toByteArray());
            deflater.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                deflated.write(chunk, 0, deflater.deflate(chunk));
            }
            Path file = Files.createTempFile("deflated", ".dcm");
            try {
                Files.write(file, part10(deflated.toByteArray(), "1.2.840.10008.1.2.1.99"));
                var full = new DicomReader(ReadOptions.ALL_IN_MEMORY)
                        .readFile(file)
                        .dataset();
                for (ReadOptions header : List.of(ReadOptions.HEADER, ReadOptions.HEADER.withStopAtTag(0x00280009))) {
                    var head = new DicomReader(header).readFile(file).dataset();
                    assertThat(head.contains(0x7FE00010)).isFalse();
                    assertThat(head.getString(0x00100010)).isEqualTo("Doe^John");
                    assertThat(head.getInt(0x00280008, 0)).isEqualTo(1);
                    assertThat(head.get(0x00204000).value())
                            .usingRecursiveComparison()
                            .isEqualTo(full.get(0x00204000).value());
                }
            } finally {
                Files.delete(file);
            }
        }
    }

    @Test
    void aDuplicatedElementKeepsTheFirstValueAsDcmtkDoes() throws Exception {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        ds.writeBytes(explicit(0x00080018, "UI", "1.2.3\0".getBytes(StandardCharsets.US_ASCII)));
        ds.writeBytes(explicit(0x00080018, "UI", "1.2.4\0".getBytes(StandardCharsets.US_ASCII)));
        ds.writeBytes(explicit(0x00100010, "PN", "Doe^John".getBytes(StandardCharsets.US_ASCII)));
        var f = new DicomReader().read(NAME, part10(ds.toByteArray(), "1.2.840.10008.1.2.1"));
        assertThat(f.dataset().getString(0x00080018)).isEqualTo("1.2.3");
        assertThat(f.dataset().getString(0x00100010)).isEqualTo("Doe^John");
        assertThat(f.dataset().size()).isEqualTo(2);
    }

    /** Item header bytes (FFFE,E0DD) and (FFFE,E000) inside a fragment are data: fragments end by their lengths. */
    @Test
    void delimiterBytesInsideAFragmentDoNotEndPixelData() throws Exception {
        byte[] fragment = {1, 2, -2, -1, -35, -32, 0, 0, 0, 0, -2, -1, 0, -32, 9, 9};
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        ds.writeBytes(explicit(0x00280010, "US", new byte[] {4, 0}));
        ds.writeBytes(new byte[] {-32, 0x7F, 0x10, 0, 'O', 'B', 0, 0, -1, -1, -1, -1});
        ds.writeBytes(new byte[] {-2, -1, 0, -32, 0, 0, 0, 0}); // empty basic offset table
        ds.writeBytes(new byte[] {-2, -1, 0, -32, (byte) fragment.length, 0, 0, 0});
        ds.writeBytes(fragment);
        ds.writeBytes(new byte[] {-2, -1, -35, -32, 0, 0, 0, 0});
        ds.writeBytes(explicit(0xFFFCFFFC, "OB", new byte[2])); // data set trailing padding after Pixel Data
        byte[] bytes = part10(ds.toByteArray(), "1.2.840.10008.1.2.4.90");
        Path file = Files.createTempFile("fragment", ".dcm");
        try {
            Files.write(file, bytes);
            for (var f : List.of(new DicomReader().read(NAME, bytes), new DicomReader().readFile(file))) {
                var pixels = (Value.Fragments) f.dataset().get(0x7FE00010).value();
                assertThat(pixels.fragments()).hasSize(1);
                assertThat(pixels.fragments().get(0).bytes()).containsExactly(fragment);
                assertThat(f.dataset().contains(0xFFFCFFFC)).isTrue();
                assertThat(PixelDataAccess.of(f).frameBytes(0)).containsExactly(fragment);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aLengthBeyondTheEndNamesFileOffsetAndTag() {
        byte[] el = explicit(0x00100010, "UT", new byte[4]);
        ByteBuffer.wrap(el).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0xFFFFFFFE);
        byte[] file = part10(el, "1.2.840.10008.1.2.1");
        assertThatThrownBy(() -> new DicomReader().read(NAME, file))
                .isInstanceOf(DicomParseException.class)
                .hasMessage(
                        "test.dcm: offset 160: tag (0010,0010): value length 4294967294 exceeds the 4 bytes left in the file");
    }

    @Test
    void deepNestingIsRefused() {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) { // SQ (undefined) + item (undefined), 1000 levels deep
            ds.writeBytes(new byte[] {0x08, 0x00, 0x15, 0x11, 'S', 'Q', 0, 0, -1, -1, -1, -1});
            ds.writeBytes(new byte[] {-2, -1, 0, -32, -1, -1, -1, -1});
        }
        byte[] file = part10(ds.toByteArray(), "1.2.840.10008.1.2.1");
        assertThatThrownBy(() -> new DicomReader().read(NAME, file))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("nested deeper than 200 levels")
                .hasMessageContaining("tag (0008,1115)");
    }

    @Test
    void randomBytesAreNotDicom() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 0x51; // odd group: never a plausible start
        assertThatThrownBy(() -> new DicomReader().read(NAME, junk))
                .isInstanceOf(DicomParseException.class)
                .hasMessage(
                        "test.dcm: offset 0: not a DICOM file: no preamble, no File Meta and no plausible first element");
    }

    @Test
    void anInvalidVRIsAnError() {
        // A good first element (the first one decides explicit or implicit), then a bad VR.
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        ds.writeBytes(explicit(0x00080060, "CS", "MR".getBytes(StandardCharsets.US_ASCII)));
        ds.writeBytes(explicit(0x00100010, "PN", new byte[2]));
        byte[] file = part10(ds.toByteArray(), "1.2.840.10008.1.2.1");
        file[file.length - 6] = 'Z';
        assertThatThrownBy(() -> new DicomReader().read(NAME, file))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("tag (0010,0010): invalid VR ZN");
    }

    /**
     * Issue 16 item 6: a data set that starts with an empty (0000,0000) whose VR bytes are zero. dcmtk ("non-standard
     * VR, assuming 2 byte length field") and pydicom read such files; it decided "implicit VR" here and the next
     * element's length came out as millions of bytes.
     */
    @Test
    void anEmptyCommandGroupElementWithZeroVrBytesFirstInTheDataSetIsSteppedOverAsDcmtkDoes() throws Exception {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        ds.writeBytes(new byte[8]); // (0000,0000), VR 00 00, length 0
        ds.writeBytes(explicit(0x00080060, "CS", "MR".getBytes(StandardCharsets.US_ASCII)));
        ds.writeBytes(explicit(0x00100010, "PN", "Doe^Jane".getBytes(StandardCharsets.US_ASCII)));
        var f = new DicomReader().read(NAME, part10(ds.toByteArray(), "1.2.840.10008.1.2.1"));
        assertThat(f.transferSyntax().explicitVR()).isTrue();
        assertThat(f.dataset().getString(0x00080060)).isEqualTo("MR");
        assertThat(f.dataset().getString(0x00100010)).isEqualTo("Doe^Jane");
        assertThat(f.dataset().contains(0x00000000)).isFalse();
    }

    @Test
    void aNonStandardVrOutsideTheCommandGroupIsStillAnError() {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        ds.writeBytes(new byte[8]);
        ds.writeBytes(explicit(0x00080060, "CS", "MR".getBytes(StandardCharsets.US_ASCII)));
        byte[] zeroVr = explicit(0x00100010, "PN", new byte[2]);
        zeroVr[4] = 0;
        zeroVr[5] = 0;
        ds.writeBytes(zeroVr);
        assertThatThrownBy(() -> new DicomReader().read(NAME, part10(ds.toByteArray(), "1.2.840.10008.1.2.1")))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("tag (0010,0010): invalid VR");
    }
}

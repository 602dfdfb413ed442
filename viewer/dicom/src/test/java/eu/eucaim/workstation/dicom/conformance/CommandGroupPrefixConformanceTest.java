package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 6, against dcmtk: real-world files whose data set starts with an empty (0000,0000) with zero VR bytes
 * (made here from pydicom's CT_small.dcm, from Debian's python3-pydicom) read to the same JSON as dcm2json gives.
 */
class CommandGroupPrefixConformanceTest {
    private static final Path CT_SMALL = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void readsAsDcmtkDoes() throws Exception {
        byte[] original = Files.readAllBytes(CT_SMALL);
        assertThat(new String(original, 128, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("DICM");
        // The File Meta's group length says where the data set starts.
        int groupLength =
                ByteBuffer.wrap(original, 140, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int dataSet = 144 + groupLength;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, dataSet);
        out.writeBytes(new byte[8]); // (0000,0000), VR 00 00, length 0
        out.write(original, dataSet, original.length - dataSet);
        Path file = dir.resolve("group-0000-first.dcm");
        Files.write(file, out.toByteArray());

        DicomFile ours = DicomReader.read(file);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new DicomJsonWriter(BulkDataMode.INLINE, false).write(ours.dataset(), json);

        Process dcm2json = new ProcessBuilder("dcm2json", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] reference = dcm2json.getInputStream().readAllBytes();
        assertThat(dcm2json.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dcm2json.exitValue()).isZero();

        // dcm2json converts the character set's name to UTF-8's and keeps pixel data as bulk: not compared.
        assertThat(new JsonComparison(Set.of("00080005", "7FE00010"))
                        .differences(MAPPER.readTree(json.toByteArray()), MAPPER.readTree(reference)))
                .isEmpty();
        assertThat(ours.dataset().getString(0x00100010)).isEqualTo("CompressedSamples^CT1");
    }
}

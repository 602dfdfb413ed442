package eu.eucaim.workstation.app.cli.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.app.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomCommandTest {

    /** A small real file from Debian's python3-pydicom; the test needs it (apt-get install python3-pydicom). */
    static final Path CT = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm");

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = new String[args.length + 1];
        line[0] = "dicom";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), line); // the real path, subcommands added lazily
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void dumpPrintsTheJsonModelWithPixelDataAsBulkDataUri() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.exists(CT) || "true".equals(System.getenv("CI")), "python3-pydicom test files not installed");
        Run r = run("dump", CT.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/00100010/Value/0/Alphabetic").asText()).isEqualTo("CompressedSamples^CT1");
        assertThat(json.at("/00280010/Value/0").asInt()).isEqualTo(128);
        assertThat(json.at("/7FE00010/BulkDataURI").asText())
                .startsWith("file:/")
                .contains("?offset=")
                .endsWith("&length=32768");
        assertThat(json.has("00020010")).isFalse();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dumpCanInlineOrOmitBulkDataOnOneLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.exists(CT) || "true".equals(System.getenv("CI")), "python3-pydicom test files not installed");
        Run inline = run("dump", "--compact", "--bulk-data=inline", CT.toString());
        assertThat(inline.exit()).isZero();
        assertThat(inline.out().trim()).doesNotContain("\n");
        assertThat(new ObjectMapper()
                        .readTree(inline.out())
                        .at("/7FE00010/InlineBinary")
                        .asText())
                .hasSize(43692);
        Run omit = run("dump", "--bulk-data", "omit", CT.toString());
        assertThat(new ObjectMapper().readTree(omit.out()).get("7FE00010").toString())
                .isEqualTo("{\"vr\":\"OW\"}");
        assertThat(run("dump", "--bulk-data", "zip", CT.toString()).exit()).isEqualTo(2);
    }

    @Test
    void demoWritesTheChosenStudiesAndRejectsAnUnknownKind(@TempDir Path dir) throws Exception {
        Run r = run("demo", "--out", dir.toString(), "--only", "XA,CR", "--seed", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("XA\t1 files").contains("CR\t1 files").contains("wrote 2 series in ");
        assertThat(dir.resolve("XA/IM00001.dcm")).isRegularFile();
        assertThat(dir.resolve("CR/IM00001.dcm")).isRegularFile();
        assertThat(dir.resolve("CT")).doesNotExist();
        Run bad = run("demo", "--out", dir.toString(), "--only", "PET");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--only").contains("PET");
    }

    @Test
    void anUnreadableFileGivesOneErrorLineAndExit2(@TempDir Path dir) throws Exception {
        Path junk = Files.write(dir.resolve("junk.dcm"), "this is not DICOM at all".getBytes());
        Run r = run("dump", junk.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo("error: " + junk + ": offset 0: not a DICOM file: no preamble, no File Meta and "
                        + "no plausible first element" + System.lineSeparator());
    }

    @Test
    void scanPrintsTheTreeWithCounts() {
        Path dir = CT.getParent().resolve("dicomdirtests");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(dir) || "true".equals(System.getenv("CI")),
                "python3-pydicom test files not installed");
        Run r = run("scan", dir.resolve("DICOMDIR").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("2 patients, 6 studies, 13 series, 31 instances from 31 files\n")
                .contains("Patient ")
                .contains("    Series ");
    }

    @Test
    void scanOfAMissingPathIsAnError() {
        Run r = run("scan", "/no/such/folder");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: /no/such/folder: no such file or folder");
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        assertThat(run().exit()).isEqualTo(2);
    }
}

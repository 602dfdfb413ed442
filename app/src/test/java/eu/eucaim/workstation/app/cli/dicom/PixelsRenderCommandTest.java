package eu.eucaim.workstation.app.cli.dicom;

import static eu.eucaim.workstation.app.cli.dicom.DicomCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.Synthetic;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eucaim dicom pixels} and {@code render}: output against references, and every error rule. */
class PixelsRenderCommandTest {

    /** pydicom's decoded frames, written by scripts/pixel/make-pixel-refs.py when viewer/dicom is built. */
    static final Path PIXEL_REFS = Path.of("..", "viewer", "dicom", "target", "pixel-refs");

    static final Path PYDICOM = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    /** Stored values of the synthetic CT; with intercept -1024 they are HU -1024, -160, 0, 40, 100, 240. */
    static final short[] STORED = {0, 864, 1024, 1064, 1124, 1264};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} frame {1}")
    @CsvSource({
        "CT_small.dcm, 1, pydicom_CT_small, 0", // explicit LE, signed 16-bit
        "MR_small_bigendian.dcm, 1, pydicom_MR_small_bigendian, 0",
        "SC_rgb_rle_2frame.dcm, 2, pydicom_SC_rgb_rle_2frame, 1", // RLE, RGB, second frame
        "rtdose.dcm, 15, pydicom_rtdose, 14", // implicit LE, 32-bit, last of 15 frames
        "liver_1frame.dcm, 1, pydicom_liver_1frame, 0", // 1-bit, unpacked
        "MR_small_jp2klossless.dcm, 1, pydicom_MR_small_jp2klossless, 0"
    })
    void pixelsWritesTheBytesPydicomDecodes(String file, int frame, String refId, int refFrame) throws Exception {
        requirePeers(PIXEL_REFS.resolve("manifest.json"));
        Path expected = PIXEL_REFS.resolve(refId).resolve("expected-" + refFrame + ".bin");
        Path out = dir.resolve("out.raw");
        DicomCommandTest.Run r =
                run("pixels", PYDICOM.resolve(file).toString(), "--frame", "" + frame, "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(expected));
        JsonNode manifestEntry = manifestEntry(refId);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("rows").asInt())
                .isEqualTo(manifestEntry.at("/format/rows").asInt());
        assertThat(json.get("frames").asInt())
                .isEqualTo(manifestEntry.at("/format/numberOfFrames").asInt());
        assertThat(json.get("signed").asBoolean())
                .isEqualTo(manifestEntry.get("expectedDtype").asText().contains("i"));
    }

    @Test
    void pixelsPrintsExactlyTheLayout() throws Exception {
        requirePeers(PYDICOM.resolve("CT_small.dcm"));
        DicomCommandTest.Run r = run(
                "pixels",
                PYDICOM.resolve("CT_small.dcm").toString(),
                "--out",
                dir.resolve("ct.raw").toString());
        assertThat(r.out())
                .isEqualTo("{\"rows\":128,\"columns\":128,\"samplesPerPixel\":1,\"bitsAllocated\":16,"
                        + "\"signed\":true,\"frames\":1}" + System.lineSeparator());
        assertThat(Files.size(dir.resolve("ct.raw"))).isEqualTo(128 * 128 * 2);
    }

    @Test
    void renderAppliesTheGivenWindowAndTheFilesFirstWindowByDefault() throws Exception {
        Dataset ds = ct(STORED, 1);
        ds.put(Tags.WindowCenter, VR.DS, 40);
        ds.put(Tags.WindowWidth, VR.DS, 400);
        Path file = write(ds, "ct.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        // PS3.3 C.11.2.1.2.1, c 40, w 400: HU <= -160 -> 0, HU > 239 -> 255, else ((HU - 39.5) / 399 + 0.5) * 255.
        assertThat(renderGrey(file)).containsExactly(0, 0, 102, 128, 166, 255);
        // c 0, w 2001 (HU -1000.5 .. 999.5 onto 0..255): -1024 -> 0, -160 -> 107, 0 -> 128, 40 -> 133, 100 -> 140, 240
        // -> 158
        assertThat(renderGrey(file, "--window", "0,2001")).containsExactly(0, 107, 128, 133, 140, 158);
        ds.put(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME1");
        Path inverted = write(ds, "mono1.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        assertThat(renderGrey(inverted)).containsExactly(255, 255, 153, 127, 89, 0);
    }

    @Test
    void renderWritesColourAsIs() throws Exception {
        requirePeers(PIXEL_REFS.resolve("manifest.json"));
        Path png = dir.resolve("rgb.png");
        DicomCommandTest.Run r = run(
                "render", PYDICOM.resolve("SC_rgb_rle_2frame.dcm").toString(), "--frame", "2", "--out", png.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        byte[] rgb = Files.readAllBytes(
                PIXEL_REFS.resolve("pydicom_SC_rgb_rle_2frame").resolve("expected-1.bin"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth() * img.getHeight() * 3).isEqualTo(rgb.length);
        for (int p = 0; p < rgb.length / 3; p++) {
            int expected = (rgb[3 * p] & 0xFF) << 16 | (rgb[3 * p + 1] & 0xFF) << 8 | rgb[3 * p + 2] & 0xFF;
            assertThat(img.getRGB(p % img.getWidth(), p / img.getWidth()) & 0xFFFFFF)
                    .as("pixel %d", p)
                    .isEqualTo(expected);
        }
    }

    @Test
    void renderPicksTheRequestedFrame() throws Exception {
        Path file = write(ct(STORED, 3), "multi.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        // frame 3 holds STORED + 2; with the window 2,1 only HU > 1.5 is white
        assertThat(renderGrey(file, "--frame", "3", "--window", "2,1")).containsExactly(0, 0, 255, 255, 255, 255);
        assertThat(renderGrey(file, "--frame", "1", "--window", "2,1")).containsExactly(0, 0, 0, 255, 255, 255);
    }

    @Test
    void helpSaysFramesCountFromOne() {
        DicomCommandTest.Run r = run("pixels", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--frame=N").contains("1-based like DICOM frame numbers");
        assertThat(run("render", "--help").out()).contains("--window=C,W").contains("1-based");
    }

    // ---- errors: one line on stderr, exit 2, no output file ----

    @Test
    void anUnreadableFileIsTheReadersOneLine() throws Exception {
        Path junk = Files.write(dir.resolve("junk.dcm"), "this is not DICOM at all".getBytes());
        assertFails(
                new String[] {"pixels", junk.toString()},
                "error: " + junk + ": offset 0: not a DICOM file: no "
                        + "preamble, no File Meta and no plausible first element");
    }

    @Test
    void aTruncatedElementNamesOffsetAndTag() throws Exception {
        byte[] whole = Files.readAllBytes(write(ct(STORED, 1), "whole.dcm", TransferSyntax.EXPLICIT_VR_LE_UID));
        Path cut = Files.write(dir.resolve("cut.dcm"), java.util.Arrays.copyOf(whole, whole.length - 4));
        DicomCommandTest.Run r = runWithOut("pixels", cut);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .matches("error: " + java.util.regex.Pattern.quote(cut.toString())
                        + ": offset \\d+: tag \\(7FE0,0010\\): .*\\R");
    }

    @Test
    void framesOutOfRangeAreRefused() throws Exception {
        Path file = write(ct(STORED, 2), "two.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        assertFails(
                new String[] {"pixels", file.toString(), "--frame", "3"},
                "error: " + file + ": frame 3 is out of range: the file has 2 frames (--frame counts from 1)");
        assertFails(
                new String[] {"render", file.toString(), "--frame", "0"},
                "error: " + file + ": frame 0 is out of range: the file has 2 frames (--frame counts from 1)");
    }

    @Test
    void truncatedPixelDataIsRefusedAndAnExistingOutputIsKept() throws Exception {
        Dataset ds = ct(STORED, 2);
        ds.put(Tags.PixelData, VR.OW, new byte[20]); // two frames of 12 bytes need 24
        Path file = write(ds, "short.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        Path out = Files.writeString(dir.resolve("out.raw"), "previous");
        DicomCommandTest.Run r = run("pixels", file.toString(), "--frame", "2", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: " + file + ": Pixel Data (7FE0,0010): ")
                .contains("20 bytes")
                .hasLineCount(1);
        assertThat(Files.readString(out)).isEqualTo("previous");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("short.dcm", "out.raw"); // no temp file left
    }

    @Test
    void missingRowsAndBadBitsStoredAreNamed() throws Exception {
        Dataset noRows = ct(STORED, 1);
        noRows.remove(Tags.Rows);
        Path a = write(noRows, "norows.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        assertFails(
                new String[] {"pixels", a.toString()},
                "error: " + a + ": Rows (0028,0010) is missing or empty; it is required to decode Pixel Data");
        Dataset bits = ct(STORED, 1);
        bits.put(Tags.BitsStored, VR.US, 20);
        Path b = write(bits, "bits.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        assertFails(
                new String[] {"render", b.toString()},
                "error: " + b + ": BitsStored (0028,0101) is 20, expected 1..BitsAllocated (16)");
    }

    @ParameterizedTest
    @CsvSource({
        "1.2.840.10008.1.2.4.201, High-Throughput JPEG 2000 Image Compression (Lossless Only)",
        "1.2.3.4.5.6, unknown transfer syntax"
    })
    void unsupportedTransferSyntaxesAreNamed(String uid, String name) throws Exception {
        Path file = write(ct(STORED, 1), "relabelled.dcm", uid);
        DicomCommandTest.Run r = runWithOut("pixels", file);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: " + file + ": ")
                .contains(name)
                .contains(uid)
                .hasLineCount(1);
        assertThat(runWithOut("render", file).exit()).isEqualTo(2);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadWindowIsAUsageError() throws Exception {
        Path file = write(ct(STORED, 1), "ct.dcm", TransferSyntax.EXPLICIT_VR_LE_UID);
        assertFails(
                new String[] {"render", file.toString(), "--window", "40"},
                "error: --window 40: expected CENTER,WIDTH, e.g. 40,400");
        assertFails(
                new String[] {"render", file.toString(), "--window", "40,0"},
                "error: --window 40,0: Window Width 0.0 must be >= 1 for VOI LUT Function LINEAR");
    }

    // ---- helpers ----

    private void assertFails(String[] args, String line) {
        String[] withOut = java.util.Arrays.copyOf(args, args.length + 2);
        withOut[args.length] = "--out";
        withOut[args.length + 1] = dir.resolve("out").toString();
        DicomCommandTest.Run r = run(withOut);
        assertThat(r.err()).isEqualTo(line + System.lineSeparator());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private DicomCommandTest.Run runWithOut(String command, Path file) {
        return run(command, file.toString(), "--out", dir.resolve("out").toString());
    }

    private int[] renderGrey(Path file, String... options) throws Exception {
        Path png = dir.resolve("out.png");
        String[] args = new String[4 + options.length];
        args[0] = "render";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = png.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        DicomCommandTest.Run r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(3);
        assertThat(img.getHeight()).isEqualTo(2);
        int[] grey = new int[6];
        for (int i = 0; i < 6; i++) {
            int rgb = img.getRGB(i % 3, i / 3);
            assertThat(rgb & 0xFF).isEqualTo(rgb >> 16 & 0xFF).isEqualTo(rgb >> 8 & 0xFF);
            grey[i] = rgb & 0xFF;
        }
        return grey;
    }

    /** A signed 16-bit 2x3 CT (rescale intercept -1024), viewer/dicom's test helper; frame f holds v + f. */
    private static Dataset ct(short[] values, int frames) {
        return Synthetic.ct(2, 3, values, frames);
    }

    private Path write(Dataset ds, String name, String transferSyntax) throws Exception {
        return Synthetic.write(dir.resolve(name), ds, transferSyntax);
    }

    private static JsonNode manifestEntry(String id) throws Exception {
        for (JsonNode e : new ObjectMapper()
                .readTree(PIXEL_REFS.resolve("manifest.json").toFile())
                .get("files")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(id + " not in " + PIXEL_REFS.resolve("manifest.json"));
    }

    /** Missing peers skip (the message says what to install), except with CI=true where they must be there. */
    private static void requirePeers(Path needed) {
        if (Files.exists(needed)) {
            return;
        }
        String why = needed + " missing: build viewer/dicom (its generate-test-resources phase writes the pixel "
                + "references with Debian's python3-pydicom and python3-gdcm)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true but " + why);
        }
        Assumptions.abort(why);
    }
}

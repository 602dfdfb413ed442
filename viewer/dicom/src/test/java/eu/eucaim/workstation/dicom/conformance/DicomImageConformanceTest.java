package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Element;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.image.ImagePixelModule;
import eu.eucaim.workstation.dicom.image.StoredSamples;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.FrameDecoder;
import eu.eucaim.workstation.dicom.pixel.PixelDataException;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole path, file to stored values: every sample file with pixel data is opened with {@link DicomImage}
 * (our reader, frame splitting, format from the data set, decoder) and each reference frame is compared with
 * pydicom's {@code pixel_array} as written by scripts/pixel/make-pixel-refs.py (target/pixel-refs, keyed by
 * source and file name; the file itself comes from make-references.sh's files.tsv). The comparison is on the
 * bytes {@code eucaim dicom pixels} writes ({@link StoredSamples}): identical for lossless syntaxes, each
 * sample within 1 for lossy JPEG / JPEG 2000 and within NEAR for near-lossless JPEG-LS.
 */
class DicomImageConformanceTest {
    private static final Path PIXEL_REFS = Path.of("target", "pixel-refs");
    private static final Path PALETTES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/palettes");

    /** Where we knowingly differ from the peer (see docs/dicom-pixels.md); must still decode without error. */
    private static final Map<String, String> KNOWN_DEVIATIONS =
            FrameDecoder.implementation(TransferSyntax.JPEG_2000_LOSSLESS.uid()).startsWith("OpenJPEG")
                    ? Map.of()
                    : Map.of(
                            "pydicom:GDCMJ2K_TextGBR.dcm",
                            "without libopenjp2, jai-imageio (JJ2000) gets this JP2 stream wrong;"
                                    + " OpenJPEG (GDCM) differs in ~7% of samples");

    /**
     * Files whose codestream is corrupt, with the part of the message we give instead of a frame. pydicom's
     * JPEG2000-embedded-sequence-delimiter.dcm is JPEG2000.dcm with 4 codestream bytes (in the SIZ segment)
     * overwritten by a sequence delimiter (its README: "almost certainly not a valid JPEG anymore"); the DICOM
     * structure is valid and we read the whole 250-byte fragment, as pydicom does. GDCM reports no error but
     * hands back an uninitialised buffer, so its "reference" is not an image; we refuse the frame clearly.
     */
    private static final Map<String, String> CORRUPT_CODESTREAMS = Map.of(
            "pydicom:JPEG2000-embedded-sequence-delimiter.dcm", "JPEG 2000 frame 0 (250 bytes) cannot be decoded");

    @TestFactory
    Stream<DynamicTest> everyFrameMatchesPydicom() throws IOException {
        List<References.Sample> samples = References.samples();
        JsonNode files = manifestFiles();
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> fileSources =
                samples.stream().map(References.Sample::source).collect(Collectors.toSet());
        for (JsonNode entry : files) {
            String source = entry.get("source").asText();
            if (!fileSources.contains(source.split(":", 2)[0])) {
                continue; // made by the script, no file to open: see palettesMatchPydicom
            }
            References.Sample sample = find(samples, source);
            String ts = entry.get("transferSyntax").asText();
            String name = source + " [" + TransferSyntax.describe(ts) + "]";
            if (entry.has("peerError")) {
                tests.add(DynamicTest.dynamicTest(name + " refused", () -> refused(sample, entry)));
                continue;
            }
            for (JsonNode frame : entry.get("frames")) {
                tests.add(DynamicTest.dynamicTest(
                        name + " frame " + frame.get("index").asInt(), () -> compare(sample, entry, frame)));
            }
        }
        return tests.stream();
    }

    /**
     * No sample file is PALETTE COLOR, so the script applies pydicom's palettes (plain and segmented LUT data)
     * to an index ramp. Here the palette module of each palette file is copied into an image written with our
     * DicomWriter, opened with DicomImage and compared with pydicom's apply_color_lut.
     */
    @TestFactory
    Stream<DynamicTest> palettesMatchPydicom() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : manifestFiles()) {
            String[] source = entry.get("source").asText().split(":", 2);
            if (source[0].equals("pydicom-palettes")) {
                tests.add(DynamicTest.dynamicTest(source[1], () -> palette(PALETTES.resolve(source[1]), entry)));
            }
        }
        assertThat(tests).as("palette cases in the pixel references").isNotEmpty();
        return tests.stream();
    }

    private static void palette(Path paletteFile, JsonNode entry) throws Exception {
        Dataset palette = DicomReader.read(paletteFile).dataset();
        Dataset image = new Dataset();
        image.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        image.put(Tags.SOPInstanceUID, VR.UI, "2.25.4245");
        for (Element e : palette.elements()) {
            if ((e.tag() & 0xFFFFF000) == 0x00281000) { // (0028,1xxx): descriptors, plain and segmented data
                image.put(e);
            }
        }
        byte[] ramp = new byte[256];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) i;
        }
        ImagePixelModule.put(image, new PixelFormat(16, 16, 1, 8, 8, 7, 0, "PALETTE COLOR", 0, 1), ramp);
        Path file = Files.createDirectories(Path.of("target", "image-palettes")).resolve(paletteFile.getFileName());
        DicomWriter.write(file, image, TransferSyntax.EXPLICIT_VR_LE_UID);
        byte[] ours = StoredSamples.littleEndian(DicomImage.open(file).frame(0));
        assertThat(ours)
                .isEqualTo(Files.readAllBytes(
                        PIXEL_REFS.resolve(entry.get("id").asText()).resolve("expected-0.bin")));
    }

    /** The "files" of the pixel references' manifest; skips (fails with CI=true) when the peers are missing. */
    private static JsonNode manifestFiles() throws IOException {
        Path manifest = PIXEL_REFS.resolve("manifest.json");
        Path missing = PIXEL_REFS.resolve("peers-missing.txt");
        if (Files.exists(missing) || !Files.exists(manifest)) {
            String why = Files.exists(missing) ? Files.readString(missing).strip() : "no " + manifest;
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true but the pixel peers are missing: " + why);
            }
            Assumptions.abort("pixel peers missing, skipped: " + why);
        }
        return new ObjectMapper().readTree(manifest.toFile()).get("files");
    }

    private static References.Sample find(List<References.Sample> samples, String source) {
        String[] s = source.split(":", 2);
        return samples.stream()
                .filter(x -> x.source().equals(s[0])
                        && x.file().getFileName().toString().equals(s[1]))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        source + " is in the pixel references but not in " + References.DIR.resolve("files.tsv")));
    }

    /**
     * The peer cannot decode it (e.g. pixel data too short): we must refuse it too, with a clear message (the
     * reader's when the value runs past the end of the file, the decoder's when it is merely short).
     */
    private static void refused(References.Sample sample, JsonNode entry) {
        Exception e = Assertions.assertThrows(
                Exception.class, () -> DicomImage.open(sample.file()).frame(0));
        assertThat(e).isInstanceOfAny(PixelDataException.class, DicomParseException.class);
        assertThat(e.getMessage()).startsWith(sample.file().toString() + ": ");
        Assumptions.abort("peer refuses it (" + entry.get("peerError").asText() + "); so do we: " + e.getMessage());
    }

    private static void compare(References.Sample sample, JsonNode entry, JsonNode ref) throws Exception {
        String ts = entry.get("transferSyntax").asText();
        if (!FrameDecoder.supports(ts)) {
            Assumptions.abort(TransferSyntax.describe(ts) + " has no decoder on this machine (libcharls2?)");
        }
        DicomImage image = DicomImage.open(sample.file());
        assertThat(image.frameCount())
                .as("frames")
                .isEqualTo(entry.at("/format/numberOfFrames").asInt());
        String corrupt = CORRUPT_CODESTREAMS.get(entry.get("source").asText());
        if (corrupt != null) {
            PixelDataException e = Assertions.assertThrows(
                    PixelDataException.class, () -> image.frame(ref.get("index").asInt()));
            assertThat(e.getMessage()).startsWith(sample.file() + ": ").contains(corrupt);
            Assumptions.abort("corrupt codestream (GDCM returns an uninitialised buffer without an error);"
                    + " we report: " + e.getMessage());
        }
        DecodedFrame frame = image.frame(ref.get("index").asInt());
        String dtype = "<" + (frame.format().signed() ? "i" : "u") + bytesPerSample(frame);
        assertThat(dtype).as("sample type").isEqualTo(entry.get("expectedDtype").asText());
        byte[] ours = StoredSamples.littleEndian(frame);
        byte[] theirs = Files.readAllBytes(PIXEL_REFS
                .resolve(entry.get("id").asText())
                .resolve(ref.get("expected").asText()));
        assertThat(ours.length).as("bytes").isEqualTo(theirs.length);
        TransferSyntax syntax = TransferSyntax.of(ts);
        long tolerance = !syntax.lossy()
                ? 0
                : syntax.family() == TransferSyntax.Family.JPEG_LS
                        ? ref.path("near").asLong(0)
                        : 1;
        String deviation = KNOWN_DEVIATIONS.get(entry.get("source").asText());
        long[] diff =
                differences(ours, theirs, bytesPerSample(frame), frame.format().signed(), tolerance);
        if (deviation != null) {
            Assumptions.abort("known deviation (" + diff[0] + " samples off, max " + diff[1] + "): " + deviation);
        }
        assertThat(diff[0])
                .as("samples differing by more than %d (max difference %d)", tolerance, diff[1])
                .isZero();
    }

    private static int bytesPerSample(DecodedFrame f) {
        return f.bytes() != null ? 1 : f.shorts() != null ? 2 : 4;
    }

    /** {count of samples off by more than tolerance, largest difference}. */
    private static long[] differences(byte[] a, byte[] b, int size, boolean signed, long tolerance) {
        ByteBuffer x = ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer y = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long over = 0;
        long max = 0;
        for (int i = 0; i < a.length; i += size) {
            long d = Math.abs(value(x, i, size, signed) - value(y, i, size, signed));
            max = Math.max(max, d);
            over += d > tolerance ? 1 : 0;
        }
        return new long[] {over, max};
    }

    private static long value(ByteBuffer b, int at, int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? b.get(at) : b.get(at) & 0xFF;
            case 2 -> signed ? b.getShort(at) : b.getShort(at) & 0xFFFF;
            default -> signed ? b.getInt(at) : b.getInt(at) & 0xFFFF_FFFFL;
        };
    }
}

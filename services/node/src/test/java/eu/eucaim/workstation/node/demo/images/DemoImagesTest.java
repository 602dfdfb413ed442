package eu.eucaim.workstation.node.demo.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the whole demo set once and reads it back with our reader, dcmtk and pydicom. */
class DemoImagesTest {
    @TempDir
    static Path dir;

    static List<GeneratedSeries> written;

    @BeforeAll
    static void writeAll() throws IOException {
        written = new DemoImages(1).writeAll(dir);
    }

    private static GeneratedSeries series(DemoImageKind kind) {
        return written.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void ctIsOneConsistentVolumeOf300AxialSlices() throws Exception {
        GeneratedSeries ct = series(DemoImageKind.CT);
        assertThat(ct.files()).hasSize(300);
        Set<String> sops = new HashSet<>();
        double previousZ = Double.NaN;
        for (int i = 0; i < 300; i += 1) {
            Dataset ds = DicomReader.readHeader(ct.files().get(i)).dataset();
            assertThat(ds.getString(Tags.StudyInstanceUID)).isEqualTo(ct.studyInstanceUid());
            assertThat(ds.getString(Tags.SeriesInstanceUID)).isEqualTo(ct.seriesInstanceUid());
            assertThat(ds.getInt(Tags.InstanceNumber, -1)).isEqualTo(i + 1);
            assertThat(ds.getInt(Tags.Rows, 0)).isEqualTo(512);
            assertThat(ds.getInt(Tags.Columns, 0)).isEqualTo(512);
            assertThat(ds.getInt(Tags.BitsAllocated, 0)).isEqualTo(16);
            assertThat(ds.getInt(Tags.PixelRepresentation, 0)).isEqualTo(1);
            assertThat(ds.getDoubles(Tags.ImageOrientationPatient)).containsExactly(1, 0, 0, 0, 1, 0);
            double z = ds.getDoubles(Tags.ImagePositionPatient)[2];
            if (i > 0) {
                assertThat(previousZ - z).isCloseTo(2.5, within(1e-9));
            }
            previousZ = z;
            sops.add(ds.getString(Tags.SOPInstanceUID));
        }
        assertThat(sops).hasSize(300);
        Dataset first = DicomReader.readHeader(ct.files().get(0)).dataset();
        assertThat(first.getString(Tags.FrameOfReferenceUID)).startsWith("2.25.");
        assertThat(first.getString(Tags.PatientName)).startsWith("Phantom^");
        assertThat(first.getString(Tags.PatientID)).startsWith("DEMO-");
    }

    @Test
    void ctHounsfieldUnitsMatchTheTissueTable() throws Exception {
        // Slice index i lies at z = 265 - 2.5 i; the phantom's organs are at known places (BodyPhantom).
        assertThat(medianHu(220, -55, 5)).as("liver").isCloseTo(Tissue.LIVER.hu, within(6.0));
        assertThat(medianHu(220, 98, 48)).as("spleen").isCloseTo(Tissue.SPLEEN.hu, within(6.0));
        assertThat(medianHu(220, 0, 58)).as("vertebral marrow").isCloseTo(Tissue.MARROW.hu, within(10.0));
        assertThat(medianHu(220, 0, -102.5)).as("subcutaneous fat").isCloseTo(Tissue.FAT.hu, within(8.0));
        assertThat(medianHu(140, -100, 60)).as("lung").isCloseTo(Tissue.LUNG.hu, within(40.0));
        assertThat(medianHu(0, 0, 0)).as("air above the head").isCloseTo(-1000, within(10.0));
        assertThat(medianHu(46, 60, 0)).as("grey matter").isCloseTo(Tissue.GREY_MATTER.hu, within(3.0));
        assertThat(medianHu(41, 25, 30)).as("white matter").isCloseTo(Tissue.WHITE_MATTER.hu, within(3.0));
        assertThat(maxHu(46, 0, -98, -86)).as("skull cortex").isCloseTo(Tissue.CORTEX.hu, within(60.0));
    }

    /** Highest HU on the column at x between y0 and y1 mm (for thin structures such as the skull). */
    private static double maxHu(int slice, double x, double y0, double y1) throws Exception {
        double max = Double.NEGATIVE_INFINITY;
        for (double y = y0; y <= y1; y += 0.5) {
            max = Math.max(max, medianHu(slice, x, y));
        }
        return max;
    }

    /** Median HU of the 5 x 5 pixels around (x, y) mm on slice index i. */
    private static double medianHu(int slice, double x, double y) throws Exception {
        DicomImage image = DicomImage.open(series(DemoImageKind.CT).files().get(slice));
        Dataset ds = image.dataset();
        double slope = ds.getDouble(Tags.RescaleSlope, 1);
        double intercept = ds.getDouble(Tags.RescaleIntercept, 0);
        double[] ipp = ds.getDoubles(Tags.ImagePositionPatient);
        double spacing = ds.getDoubles(Tags.PixelSpacing)[0];
        int col = (int) Math.round((x - ipp[0]) / spacing);
        int row = (int) Math.round((y - ipp[1]) / spacing);
        DecodedFrame f = image.frame(0);
        double[] v = new double[25];
        int n = 0;
        for (int r = row - 2; r <= row + 2; r++) {
            for (int c = col - 2; c <= col + 2; c++) {
                v[n++] = f.sample(r * 512 + c) * slope + intercept;
            }
        }
        Arrays.sort(v);
        return v[12];
    }

    @Test
    void mrIsA12BitAxialSeriesWithBrightFluid() throws Exception {
        GeneratedSeries mr = series(DemoImageKind.MR);
        assertThat(mr.files()).hasSize(32);
        DicomImage image = DicomImage.open(mr.files().get(22)); // z = 165, through the ventricles
        assertThat(image.format().rows()).isEqualTo(256);
        assertThat(image.dataset().getInt(Tags.BitsStored, 0)).isEqualTo(12);
        assertThat(image.dataset().getString(Tags.Modality)).isEqualTo("MR");
        assertThat(image.dataset().getString(Tags.FrameOfReferenceUID))
                .isNotEqualTo(
                        DicomReader.readHeader(series(DemoImageKind.CT).files().get(0))
                                .dataset()
                                .getString(Tags.FrameOfReferenceUID));
        long[] minMax = image.frame(0).minMax();
        assertThat(minMax[1]).isLessThanOrEqualTo(4095).isGreaterThan(2500);
    }

    @Test
    void xaIsOneMultiFrameCineWhoseFramesChange() throws Exception {
        GeneratedSeries xa = series(DemoImageKind.XA);
        assertThat(xa.files()).hasSize(1);
        DicomImage image = DicomImage.open(xa.files().get(0));
        assertThat(image.frameCount()).isEqualTo(40);
        assertThat(image.dataset().getString(Tags.NumberOfFrames)).isEqualTo("40");
        assertThat(image.frame(0).bytes()).isNotEqualTo(image.frame(20).bytes());
    }

    @Test
    void crIs2048SquareMonochrome1WithDarkerLungsThanSpine() throws Exception {
        DicomImage image = DicomImage.open(series(DemoImageKind.CR).files().get(0));
        assertThat(image.format().rows()).isEqualTo(2048);
        assertThat(image.format().columns()).isEqualTo(2048);
        assertThat(image.dataset().getString(Tags.PhotometricInterpretation)).isEqualTo("MONOCHROME1");
        DecodedFrame f = image.frame(0);
        // MONOCHROME1: low values display bright. The spine attenuates more than the lung beside it.
        int row = (int) Math.round((40 - (-150)) / 0.21);
        long spine = f.sample(row * 2048 + 1024);
        long lung = f.sample(row * 2048 + 1024 - (int) (90 / 0.21));
        assertThat(spine).isLessThan(lung - 300);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherUids(@TempDir Path again, @TempDir Path other)
            throws Exception {
        List<GeneratedSeries> mr = new DemoImages(1).write(again, EnumSet.of(DemoImageKind.MR));
        for (int i = 0; i < 32; i++) {
            assertThat(Files.readAllBytes(mr.get(0).files().get(i)))
                    .isEqualTo(
                            Files.readAllBytes(series(DemoImageKind.MR).files().get(i)));
        }
        GeneratedSeries seed2 =
                new DemoImages(2).write(other, EnumSet.of(DemoImageKind.MR)).get(0);
        assertThat(seed2.studyInstanceUid()).isNotEqualTo(mr.get(0).studyInstanceUid());
    }

    /**
     * A smaller CT (a node option for quick sets) spans the same body with fewer, thicker slices, and is other
     * images: its own folder, series and instance UIDs. Its slice 10 lies where the full volume's slice 100 does.
     */
    @Test
    void aSmallerCtSpansTheSameBodyWithThickerSlicesUnderItsOwnUids(@TempDir Path small) throws Exception {
        GeneratedSeries ct =
                new DemoImages(1, 30).write(small, EnumSet.of(DemoImageKind.CT)).get(0);
        GeneratedSeries full = series(DemoImageKind.CT);
        assertThat(ct.files())
                .hasSize(30)
                .allSatisfy(f -> assertThat(f.getParent()).isEqualTo(small.resolve("CT-30")));
        assertThat(ct.studyInstanceUid()).isEqualTo(full.studyInstanceUid());
        assertThat(ct.seriesInstanceUid()).isNotEqualTo(full.seriesInstanceUid());
        Dataset tenth = DicomReader.readHeader(ct.files().get(10)).dataset();
        Dataset hundredth = DicomReader.readHeader(full.files().get(100)).dataset();
        assertThat(tenth.getDoubles(Tags.ImagePositionPatient))
                .containsExactly(hundredth.getDoubles(Tags.ImagePositionPatient), within(1e-9));
        assertThat(tenth.getDouble(Tags.SliceThickness, 0)).isEqualTo(25.0);
        assertThat(tenth.getString(Tags.SOPInstanceUID))
                .isNotEqualTo(
                        DicomReader.readHeader(full.files().get(10)).dataset().getString(Tags.SOPInstanceUID));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DemoImages(1, 0))
                .hasMessageContaining("1..300")
                .hasMessageContaining("got 0");
    }

    @Test
    void dcmtkAndPydicomReadEveryKind() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.exists(Path.of("/usr/bin/dcmdump")), "dcmtk not installed");
        Assumptions.assumeTrue(ci || Files.exists(Path.of("/usr/bin/python3")), "python3-pydicom not installed");
        for (GeneratedSeries s : written) {
            Path file = s.files().get(s.files().size() - 1);
            assertThat(run("dcmdump", "-q", "+W", "-", file.toString())).doesNotContain("E: ", "W: ");
            String py = run(
                    "/usr/bin/python3",
                    "-c",
                    "import sys, pydicom\n"
                            + "d = pydicom.dcmread(sys.argv[1])\n"
                            + "n = int(d.get('NumberOfFrames', 1))\n"
                            + "print(d.Modality, n, len(d.PixelData) == n * d.Rows * d.Columns * d.BitsAllocated // 8)",
                    file.toString());
            int frames = s.kind() == DemoImageKind.XA ? 40 : 1;
            assertThat(py.trim()).isEqualTo(s.kind().modality() + " " + frames + " True");
        }
    }

    private static String run(String... cmd) throws Exception {
        return eu.eucaim.workstation.dicom.testing.PeerTool.run(cmd);
    }

    /** A cancel ends writeAll only when no worker writes any more: nothing appears in the folder afterwards. */
    @Test
    void aCancelledGenerationWritesNothingAfterItReturns(@TempDir Path dir) throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        DemoImages images = new DemoImages(11, 60).cancelledWhen(() -> {
            int n = asked.incrementAndGet();
            if (n == 7) {
                // This worker is held back, then makes one more image; another worker asks next and is cancelled.
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            return n > 7;
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> images.writeAll(dir))
                .isInstanceOf(java.io.InterruptedIOException.class);
        List<Path> after = listAll(dir);
        Thread.sleep(800);
        assertThat(listAll(dir)).isEqualTo(after);
    }

    private static List<Path> listAll(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.sorted().toList();
        }
    }
}

package eu.eucaim.workstation.node.demo.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.testing.PeerTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-dataset sample studies: what each body part gets, the key image, stable bytes, valid DICOM. */
class DatasetSamplesTest {
    @TempDir
    Path dir;

    private static DatasetSamples of(String id, List<String> modalities, String bodyPart) {
        return DatasetSamples.of(id, modalities, List.of(bodyPart), List.of("male", "female"))
                .orElseThrow();
    }

    private List<WrittenSeries> write(String id, List<String> modalities, String bodyPart) throws Exception {
        return of(id, modalities, bodyPart).write(dir.resolve(id), () -> false);
    }

    private static Dataset read(Path file) throws Exception {
        return DicomReader.read(file).dataset();
    }

    @Test
    void eachBodyPartGetsWhatItsRecordSays() {
        assertThat(of("a", List.of("CT", "PT", "CR", "NM"), "lung").modalities())
                .containsExactly("CT", "PT", "CR");
        assertThat(of("b", List.of("MR", "PT"), "prostate").modalities()).containsExactly("MR", "PT");
        assertThat(of("c", List.of("MR", "CT"), "pelvis").modalities()).containsExactly("MR", "CT");
        assertThat(of("d", List.of("MG", "US"), "breast").modalities()).containsExactly("MG");
        assertThat(of("e", List.of("CT"), "colon").bodyPartExamined()).isEqualTo("COLON");
        assertThat(DatasetSamples.of("f", List.of("US"), List.of("breast"), List.of()))
                .isEmpty();
        assertThat(DatasetSamples.of("g", List.of("CT"), List.of("kidney"), List.of()))
                .isEmpty();
    }

    /** The chest CT opens on the nodule: at its centre the key slice is soft tissue inside dark lung. */
    @Test
    void theChestCtOpensOnTheNoduleAndThePetShowsItHot() throws Exception {
        List<WrittenSeries> s = write("ds-lung", List.of("CT", "PT"), "lung");
        WrittenSeries ct = s.get(0);
        WrittenSeries pt = s.get(1);
        Finding nodule =
                BodyPhantom.build(DatasetSamples.seedOf("ds-lung")).findings().get(0);
        assertThat(ct.keyNote()).isEqualTo(nodule.description());
        Dataset key = read(ct.files().get(ct.keyIndex()));
        double[] pos = key.getDoubles(Tags.ImagePositionPatient);
        assertThat(pos[2]).isCloseTo(nodule.z(), within(2.5));
        double spacing = key.getDoubles(Tags.PixelSpacing)[0];
        int cols = key.getInt(Tags.Columns, 0);
        double[] hu = samples(ct.files().get(ct.keyIndex()));
        int c = (int) Math.round((nodule.x() - pos[0]) / spacing);
        int r = (int) Math.round((nodule.y() - pos[1]) / spacing);
        assertThat(hu[r * cols + c] - 1024).as("nodule").isBetween(-40.0, 110.0);
        // Around it, 20 mm out, mostly lung (a vessel may cross the circle here and there).
        double[] ring = new double[16];
        for (int k = 0; k < ring.length; k++) {
            double a = 2 * Math.PI * k / ring.length;
            int rc = c + (int) Math.round(20 / spacing * Math.cos(a));
            int rr = r + (int) Math.round(20 / spacing * Math.sin(a));
            ring[k] = hu[rr * cols + rc] - 1024;
        }
        java.util.Arrays.sort(ring);
        assertThat(ring[ring.length / 2]).as("lung round it").isLessThan(-600.0);
        // The PET of the same study: the hottest pixel of its key slice lies on the nodule.
        Dataset pet = read(pt.files().get(pt.keyIndex()));
        assertThat(pet.getString(Tags.FrameOfReferenceUID)).isEqualTo(key.getString(Tags.FrameOfReferenceUID));
        double[] counts = samples(pt.files().get(pt.keyIndex()));
        int n = pet.getInt(Tags.Columns, 0);
        int hottest = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > counts[hottest]) {
                hottest = i;
            }
        }
        double[] pp = pet.getDoubles(Tags.ImagePositionPatient);
        double ps = pet.getDoubles(Tags.PixelSpacing)[0];
        assertThat(pp[0] + (hottest % n) * ps).isCloseTo(nodule.x(), within(12.0));
        assertThat(pp[1] + (hottest / n) * ps).isCloseTo(nodule.y(), within(12.0));
    }

    @Test
    void theMammogramHasFourViewsAndOpensOnTheObliqueViewOfTheBreastWithTheMass() throws Exception {
        WrittenSeries mg = write("ds-breast", List.of("MG"), "breast").get(0);
        assertThat(mg.files()).hasSize(4);
        List<String> views = new java.util.ArrayList<>();
        for (Path f : mg.files()) {
            Dataset d = read(f);
            views.add(d.getString(0x00200062) + " "
                    + d.getSequence(0x00540220).get(0).getString(0x00080104));
        }
        assertThat(views)
                .containsExactly(
                        "R cranio-caudal", "L cranio-caudal", "R medio-lateral oblique", "L medio-lateral oblique");
        assertThat(views.get(mg.keyIndex()))
                .endsWith("oblique")
                .startsWith(mg.keyNote().startsWith("right") ? "R" : "L");
    }

    /** Made again, the same bytes; another dataset, another patient and other UIDs. */
    @Test
    void regenerationIsStableAndDatasetsDiffer() throws Exception {
        Path a = write("ds-x", List.of("MR"), "prostate").get(0).files().get(3);
        byte[] first = Files.readAllBytes(a);
        Files.delete(a);
        assertThat(Files.readAllBytes(
                        write("ds-x", List.of("MR"), "prostate").get(0).files().get(3)))
                .isEqualTo(first);
        Dataset x = read(a);
        Dataset y = read(write("ds-y", List.of("MR"), "prostate").get(0).files().get(3));
        assertThat(y.getString(Tags.PatientID)).isNotEqualTo(x.getString(Tags.PatientID));
        assertThat(y.getString(Tags.StudyInstanceUID)).isNotEqualTo(x.getString(Tags.StudyInstanceUID));
        assertThat(y.getString(Tags.SOPInstanceUID)).isNotEqualTo(x.getString(Tags.SOPInstanceUID));
        assertThat(x.getString(Tags.PatientSex)).isEqualTo("M");
    }

    /** dcmtk reads every kind without a warning; dicom3tools' dciodvfy finds no error in its IOD. */
    @Test
    void dcmtkAndDciodvfyAcceptEveryKind() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(ci || Files.exists(Path.of("/usr/bin/dciodvfy")), "dicom3tools not installed");
        List<WrittenSeries> all = new java.util.ArrayList<>();
        all.addAll(write("v-lung", List.of("CT", "PT", "CR"), "lung"));
        all.addAll(write("v-breast", List.of("MG"), "breast"));
        all.addAll(write("v-prostate", List.of("MR", "PT"), "prostate"));
        for (WrittenSeries s : all) {
            Path file = s.files().get(s.keyIndex());
            assertThat(PeerTool.run("dcmdump", "-q", "+W", "-", file.toString()))
                    .as(s.modality())
                    .doesNotContain("E: ", "W: ");
            Process p = new ProcessBuilder("dciodvfy", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            assertThat(out.lines().filter(l -> l.startsWith("Error")))
                    .as(s.modality() + "\n" + out)
                    .isEmpty();
        }
    }

    /** The stored values of the first frame, as the DICOM core decodes them. */
    private static double[] samples(Path file) throws Exception {
        DecodedFrame f = DicomImage.open(file).frame(0);
        Dataset ds = DicomReader.readHeader(file).dataset();
        double[] out = new double[ds.getInt(Tags.Rows, 0) * ds.getInt(Tags.Columns, 0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.sample(i);
        }
        return out;
    }
}

package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.node.demo.images.DatasetSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStoreTest {
    private static SampleStore lungStore(Path dir) {
        DatasetSamples lung = DatasetSamples.of("ds-0042", List.of("CT", "PT"), List.of("lung"), List.of("male"))
                .orElseThrow();
        return new SampleStore(dir, lung::write);
    }

    /** The manifest: one PET/CT study of the dataset's patient, each series with its key image and body part. */
    @Test
    void theManifestListsStudiesSeriesFilesAndTheImageToOpenOn(@TempDir Path data) throws Exception {
        Path dir = data.resolve("v1/ds-0042");
        try (SampleStore store = lungStore(dir)) {
            List<SampleStudy> studies = store.awaitStudies();
            assertThat(studies).singleElement().satisfies(st -> {
                assertThat(st.description()).isEqualTo("PET/CT chest (synthetic)");
                assertThat(st.modality()).isEqualTo("CT/PT");
                assertThat(st.patientId()).isEqualTo("SMP-DS-0042");
                assertThat(st.patientName()).startsWith("Phantom^");
                assertThat(st.studyDate()).matches("20\\d{6}");
            });
            List<SampleSeries> series = studies.get(0).series();
            assertThat(series).extracting(SampleSeries::modality).containsExactly("CT", "PT");
            assertThat(series).allSatisfy(se -> {
                assertThat(se.bodyPart()).isEqualTo("LUNG");
                assertThat(se.keyNote()).contains("nodule");
                assertThat(se.keyIndex()).isBetween(1, se.files().size() - 2);
            });
            SampleFile key = series.get(0).keyFile();
            assertThat(store.locate(key.path()))
                    .get()
                    .satisfies(l -> assertThat(Files.size(l.location())).isEqualTo(key.size()));
            assertThat(store.locate("../manifest.json")).isEmpty();
        }
        assertThat(dir.resolve("manifest.json")).isRegularFile();
        try (var left = Files.list(data.resolve("v1"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("the set and its (empty) lock file")
                    .containsExactlyInAnyOrder("ds-0042", "ds-0042.lock");
        }
    }

    /** Made again from nothing, the set is the same bytes: the library's content hashes stay valid. */
    @Test
    void regenerationGivesTheSameFiles(@TempDir Path data) throws Exception {
        List<String> first;
        try (SampleStore a = lungStore(data.resolve("a"))) {
            first = hashes(a.awaitStudies());
        }
        try (SampleStore b = lungStore(data.resolve("b"))) {
            assertThat(hashes(b.awaitStudies())).isEqualTo(first);
        }
    }

    private static List<String> hashes(List<SampleStudy> studies) {
        return studies.stream()
                .flatMap(st -> st.series().stream())
                .flatMap(se -> se.files().stream())
                .map(f -> f.path() + " " + f.sha256())
                .toList();
    }
}

package eu.eucaim.workstation.app.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.library.LibrarySeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryTreeTest {
    static LibrarySeries series(String source, String patient, String study, String uid, String mod, long bytes) {
        Path a = Path.of("/lib/objects/" + uid + "-1.dcm");
        Path b = Path.of("/lib/objects/" + uid + "-2.dcm");
        return new LibrarySeries(
                source,
                "ds-1",
                "Phantom^" + patient + "^Sample",
                "SMP-" + patient,
                study,
                "PET/CT chest (synthetic)",
                "20210304",
                uid,
                mod,
                "Chest 5 mm",
                List.of(a, b),
                bytes,
                Instant.parse("2024-05-06T07:08:00Z"),
                b,
                "nodule");
    }

    @Test
    void groupsByPatientAndStudyListsASeriesOfTwoSourcesOnceAndSumsSizes() {
        LibraryTree t = LibraryTree.of(List.of(
                series("embedded-node", "Ada", "1.1", "1.1.1", "CT", 1000),
                series("embedded-node", "Ada", "1.1", "1.1.2", "PT", 500),
                series("127.0.0.1_8080", "Ada", "1.1", "1.1.1", "CT", 1000),
                series("embedded-node", "Bram", "2.1", "2.1.1", "MR", 70)));
        assertThat(t.patients())
                .extracting(LibraryTree.Row::label)
                .containsExactly("Phantom Ada Sample · SMP-Ada", "Phantom Bram Sample · SMP-Bram");
        LibraryTree.Patient ada = t.patients().get(0);
        assertThat(ada.studies()).singleElement().satisfies(st -> {
            assertThat(st.label()).isEqualTo("2021-03-04 · PET/CT chest (synthetic) · dataset ds-1");
            assertThat(st.series())
                    .extracting(LibraryTree.Row::label)
                    .containsExactly("CT · Chest 5 mm", "PT · Chest 5 mm");
        });
        assertThat(ada.bytes()).isEqualTo(1500);
        assertThat(ada.images()).isEqualTo(4);
        assertThat(ada.files()).hasSize(4);
        assertThat(ada.focus()).isEqualTo(Path.of("/lib/objects/1.1.1-2.dcm"));
        assertThat(LibraryView.size(1500)).isEqualTo("1 kB");
        assertThat(LibraryView.size(12_345_678)).isEqualTo("12.3 MB");
    }
}

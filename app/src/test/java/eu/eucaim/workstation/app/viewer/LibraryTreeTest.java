package eu.eucaim.workstation.app.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.api.library.StoredPatient;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryTreeTest {
    static final Provenance ORTHANC =
            Provenance.remote("Orthanc", URI.create("http://127.0.0.1:8042/dicom-web"), "ds-1", "DOWNLOAD");

    static StoredSeries series(String uid, String mod, int files, int expected, long bytes) {
        List<Path> paths = java.util.stream.IntStream.range(0, files)
                .mapToObj(i -> Path.of("/lib/viewed/" + uid + "-" + i + ".dcm"))
                .toList();
        return new StoredSeries(uid, mod, "Chest 5 mm", 1, ORTHANC, paths, bytes, expected, null);
    }

    static StoredStudy study(StoredStudy.Kind kind, String uid, boolean pinned, StoredSeries... series) {
        return new StoredStudy(
                kind,
                uid,
                "PET/CT chest (synthetic)",
                "20210304",
                pinned,
                false,
                List.of(series).stream().mapToLong(StoredSeries::bytes).sum(),
                Instant.parse("2024-05-06T07:08:00Z"),
                List.of(ORTHANC),
                List.of(series));
    }

    @Test
    void groupsByPatientAndStudyWithWhereItCameFromAndWhatIsKept() {
        LibraryTree t = LibraryTree.of(new LibraryListing(
                List.of(
                        new StoredPatient(
                                "SMP-Ada",
                                "Phantom^Ada^Sample",
                                List.of(study(
                                        StoredStudy.Kind.REMOTE,
                                        "1.1",
                                        true,
                                        series("1.1.1", "CT", 3, 3, 1000),
                                        series("1.1.2", "PT", 1, 4, 500)))),
                        new StoredPatient(
                                "SMP-Bram",
                                "",
                                List.of(study(StoredStudy.Kind.REMOTE, "2.1", false, series("2.1.1", "MR", 0, 5, 0))))),
                1500,
                10_000_000_000L));
        assertThat(t.patients()).extracting(LibraryTree.Row::label).containsExactly("Phantom Ada Sample · SMP-Ada");
        LibraryTree.Study st = t.patients().get(0).studies().get(0);
        assertThat(st.label()).isEqualTo("2021-03-04 · PET/CT chest (synthetic) · dataset ds-1");
        assertThat(st.series())
                .extracting(LibraryTree.Row::label)
                .containsExactly("CT · Chest 5 mm", "PT · Chest 5 mm (partial)");
        assertThat(st.pinned()).isTrue();
        assertThat(st.remote()).isTrue();
        assertThat(st.source())
                .isEqualTo("Orthanc (http://127.0.0.1:8042/dicom-web) · dataset ds-1 · access: DOWNLOAD");
        assertThat(st.images()).isEqualTo(4);
        assertThat(st.series().get(0).focus()).isEqualTo(Path.of("/lib/viewed/1.1.1-1.dcm"));
        assertThat(t.totalBytes()).isEqualTo(1500);
        assertThat(LibraryView.size(1500)).isEqualTo("1 kB");
        assertThat(LibraryView.size(12_345_678)).isEqualTo("12.3 MB");
    }

    /** The Used column: the time today, the day this year, the month before (the row's tooltip has the date). */
    @Test
    void usedIsShortTheCloserItIs() {
        java.time.ZoneId utc = java.time.ZoneOffset.UTC;
        java.time.Instant now = java.time.Instant.parse("2026-12-06T19:40:00Z");
        assertThat(LibraryView.used(java.time.Instant.parse("2026-12-06T08:05:00Z"), now, utc))
                .isEqualTo("08:05");
        assertThat(LibraryView.used(java.time.Instant.parse("2026-03-01T23:59:00Z"), now, utc))
                .isEqualTo("1 Mar");
        assertThat(LibraryView.used(java.time.Instant.parse("2025-12-31T12:00:00Z"), now, utc))
                .isEqualTo("Dec 2025");
    }
}

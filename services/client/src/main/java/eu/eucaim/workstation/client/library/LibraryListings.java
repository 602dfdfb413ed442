package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.api.library.StoredPatient;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the index's rows and the sample downloads' series into one listing by patient, study and series, and the
 * index's rows into the older {@link LibrarySeries} shape, so that both kinds show in one Library.
 */
final class LibraryListings {
    private LibraryListings() {}

    /** A study with the patient it is filed under. */
    record PatientStudy(String patientId, String patientName, StoredStudy study) {}

    /** The index's rows (ordered by study, series, instance) as studies. */
    static List<PatientStudy> remote(List<LibraryIndex.Row> rows, Function<String, Path> file) {
        Map<String, List<LibraryIndex.Row>> byStudy = group(rows, LibraryIndex.Row::studyUid);
        List<PatientStudy> out = new ArrayList<>();
        for (List<LibraryIndex.Row> study : byStudy.values()) {
            LibraryIndex.Row first = study.get(0);
            List<StoredSeries> series = new ArrayList<>();
            for (List<LibraryIndex.Row> s :
                    group(study, LibraryIndex.Row::seriesUid).values()) {
                series.add(series(s, file));
            }
            int complete = (int) series.stream().filter(StoredSeries::complete).count();
            out.add(new PatientStudy(
                    first.patientId(),
                    first.patientName(),
                    new StoredStudy(
                            StoredStudy.Kind.REMOTE,
                            first.studyUid(),
                            first.studyDescription(),
                            first.studyDate(),
                            first.pinned(),
                            first.expectedSeries() > 0 && complete >= first.expectedSeries(),
                            study.stream().mapToLong(LibraryIndex.Row::bytes).sum(),
                            Instant.ofEpochMilli(first.lastUsed()),
                            provenances(series),
                            series)));
        }
        return out;
    }

    private static StoredSeries series(List<LibraryIndex.Row> rows, Function<String, Path> file) {
        LibraryIndex.Row first = rows.get(0);
        LibraryIndex.Row latest = rows.stream()
                .max(Comparator.comparingLong(LibraryIndex.Row::storedAt))
                .orElseThrow();
        List<Path> files = rows.stream().map(r -> file.apply(r.fileName())).toList();
        return new StoredSeries(
                first.seriesUid(),
                first.modality(),
                first.seriesDescription(),
                first.seriesNumber(),
                new Provenance(
                        latest.sourceName(),
                        URI.create(latest.sourceUrl()),
                        latest.datasetId(),
                        latest.accessConditions()),
                files,
                rows.stream().mapToLong(LibraryIndex.Row::bytes).sum(),
                first.expectedInstances(),
                files.get(files.size() / 2));
    }

    /** The sample downloads' series as studies of kind {@link StoredStudy.Kind#SAMPLE}. */
    static List<PatientStudy> samples(List<LibrarySeries> all) {
        Map<String, List<LibrarySeries>> byStudy =
                group(all, s -> s.source() + "\n" + s.datasetId() + "\n" + s.studyUid());
        List<PatientStudy> out = new ArrayList<>();
        for (List<LibrarySeries> study : byStudy.values()) {
            LibrarySeries first = study.get(0);
            List<StoredSeries> series = new ArrayList<>();
            for (int i = 0; i < study.size(); i++) {
                LibrarySeries s = study.get(i);
                series.add(new StoredSeries(
                        s.seriesUid(),
                        s.modality(),
                        s.seriesDescription(),
                        i + 1,
                        new Provenance(s.source(), null, s.datasetId(), ""),
                        s.files(),
                        s.bytes(),
                        s.files().size(),
                        s.keyFile()));
            }
            out.add(new PatientStudy(
                    first.patientId(),
                    first.patientName(),
                    new StoredStudy(
                            StoredStudy.Kind.SAMPLE,
                            first.studyUid(),
                            first.studyDescription(),
                            first.studyDate(),
                            false,
                            true,
                            study.stream().mapToLong(LibrarySeries::bytes).sum(),
                            study.stream()
                                    .map(LibrarySeries::saved)
                                    .max(Comparator.naturalOrder())
                                    .orElseThrow(),
                            provenances(series),
                            series)));
        }
        return out;
    }

    /** Studies grouped under their patients: patients by name then ID, studies most recently used first. */
    static List<StoredPatient> byPatient(List<PatientStudy> studies) {
        Map<String, List<PatientStudy>> byPatient = group(studies, s -> s.patientId() + "\n" + s.patientName());
        return byPatient.values().stream()
                .map(p -> new StoredPatient(
                        p.get(0).patientId(),
                        p.get(0).patientName(),
                        p.stream()
                                .map(PatientStudy::study)
                                .sorted(Comparator.comparing(StoredStudy::lastUsed)
                                        .reversed())
                                .toList()))
                .sorted(Comparator.comparing(StoredPatient::patientName).thenComparing(StoredPatient::patientId))
                .toList();
    }

    /** Remote studies in the older per-series shape that {@link eu.eucaim.workstation.api.library.OfflineLibrary} lists. */
    static List<LibrarySeries> asLibrarySeries(List<PatientStudy> studies) {
        List<LibrarySeries> out = new ArrayList<>();
        for (PatientStudy p : studies) {
            StoredStudy st = p.study();
            for (StoredSeries se : st.series()) {
                out.add(new LibrarySeries(
                        se.provenance().sourceName(),
                        se.provenance().datasetId() == null
                                ? ""
                                : se.provenance().datasetId(),
                        p.patientName(),
                        p.patientId(),
                        st.studyUid(),
                        st.description(),
                        st.studyDate(),
                        se.seriesUid(),
                        se.modality(),
                        se.description(),
                        se.files(),
                        se.bytes(),
                        st.lastUsed(),
                        se.keyFile(),
                        ""));
            }
        }
        return out;
    }

    private static List<Provenance> provenances(List<StoredSeries> series) {
        return List.copyOf(new LinkedHashSet<>(
                series.stream().map(StoredSeries::provenance).toList()));
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T t : items) {
            out.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return out;
    }
}

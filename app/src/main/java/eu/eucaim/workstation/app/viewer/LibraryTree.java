package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.Provenance;
import eu.eucaim.workstation.api.library.StoredPatient;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The offline library grouped as the Viewer lists it: patient, then study, then series. */
record LibraryTree(List<Patient> patients, long totalBytes, long limitBytes) {
    static final LibraryTree EMPTY = new LibraryTree(List.of(), 0, 0);

    /** Something listed: what it says, how many images and bytes, when it was last used, what opening it opens. */
    sealed interface Row permits Patient, Study, Series {
        String label();

        int images();

        long bytes();

        Instant saved();

        /** Every file of it, in series order. */
        List<Path> files();

        /** The file to show first. */
        Path focus();
    }

    record Patient(String label, List<Study> studies) implements Row {
        @Override
        public int images() {
            return studies.stream().mapToInt(Study::images).sum();
        }

        @Override
        public long bytes() {
            return studies.stream().mapToLong(Study::bytes).sum();
        }

        @Override
        public Instant saved() {
            return studies.stream().map(Study::saved).max(Instant::compareTo).orElse(Instant.EPOCH);
        }

        @Override
        public List<Path> files() {
            return studies.stream().flatMap(s -> s.files().stream()).toList();
        }

        @Override
        public Path focus() {
            return studies.get(0).focus();
        }
    }

    /**
     * A study: its sample images, or remote images viewed (those can be kept offline and deleted).
     *
     * @param source where it came from, and under which dataset and access conditions
     */
    record Study(
            String label,
            List<Series> series,
            String studyUid,
            StoredStudy.Kind kind,
            boolean pinned,
            boolean complete,
            long bytes,
            Instant saved,
            String source)
            implements Row {
        @Override
        public int images() {
            return series.stream().mapToInt(Series::images).sum();
        }

        @Override
        public List<Path> files() {
            return series.stream().flatMap(s -> s.files().stream()).toList();
        }

        @Override
        public Path focus() {
            return series.get(0).focus();
        }

        boolean remote() {
            return kind == StoredStudy.Kind.REMOTE;
        }
    }

    record Series(String label, List<Path> files, long bytes, Instant saved, Path focus, boolean complete)
            implements Row {
        @Override
        public int images() {
            return files.size();
        }
    }

    /** The library's listing, as it orders it; studies with no image on disk yet are left out. */
    static LibraryTree of(LibraryListing listing) {
        List<Patient> patients = new ArrayList<>();
        for (StoredPatient p : listing.patients()) {
            List<Study> studies = new ArrayList<>();
            for (StoredStudy st : p.studies()) {
                List<Series> series = st.series().stream()
                        .filter(se -> !se.files().isEmpty())
                        .map(se -> new Series(
                                seriesLabel(se),
                                se.files(),
                                se.bytes(),
                                st.lastUsed(),
                                se.keyFile() != null
                                        ? se.keyFile()
                                        : se.files().get(se.files().size() / 2),
                                se.complete()))
                        .toList();
                if (!series.isEmpty()) {
                    studies.add(new Study(
                            studyLabel(st),
                            series,
                            st.studyUid(),
                            st.kind(),
                            st.pinned(),
                            st.complete(),
                            st.bytes(),
                            st.lastUsed(),
                            source(st.provenances())));
                }
            }
            if (!studies.isEmpty()) {
                patients.add(new Patient(patientLabel(p), studies));
            }
        }
        return new LibraryTree(patients, listing.totalBytes(), listing.limitBytes());
    }

    static String patientLabel(StoredPatient p) {
        String name = p.patientName().replace('^', ' ').strip();
        return (name.isEmpty() ? "(no name)" : name) + (p.patientId().isEmpty() ? "" : " · " + p.patientId());
    }

    static String studyLabel(StoredStudy s) {
        String d = s.studyDate();
        String date = d.length() == 8 ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d;
        String what = s.description().isEmpty() ? "(no description)" : s.description();
        String datasets = s.provenances().stream()
                .map(Provenance::datasetId)
                .filter(id -> id != null)
                .distinct()
                .collect(Collectors.joining(", "));
        return (date.isEmpty() ? "" : date + " · ") + what + (datasets.isEmpty() ? "" : " · dataset " + datasets);
    }

    static String seriesLabel(StoredSeries s) {
        String what = s.description().isEmpty() ? "(no description)" : s.description();
        return s.modality() + " · " + what + (s.complete() || s.expectedInstances() == 0 ? "" : " (partial)");
    }

    /** "Orthanc (http://…) · dataset X, access: DOWNLOAD" for a tooltip. */
    static String source(List<Provenance> all) {
        return all.stream()
                .map(p -> p.sourceName()
                        + (p.sourceUrl() == null ? "" : " (" + p.sourceUrl() + ")")
                        + (p.datasetId() == null ? "" : " · dataset " + p.datasetId())
                        + (p.accessConditions().isEmpty() ? "" : " · access: " + p.accessConditions()))
                .distinct()
                .collect(Collectors.joining("\n"));
    }
}

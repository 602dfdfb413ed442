package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.api.library.LibrarySeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The offline library grouped as the Viewer lists it: patient, then study, then series. */
record LibraryTree(List<Patient> patients) {
    /** Something listed: what it says, how many images and bytes, when it was saved, what opening it opens. */
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

    record Study(String label, List<Series> series) implements Row {
        @Override
        public int images() {
            return series.stream().mapToInt(Series::images).sum();
        }

        @Override
        public long bytes() {
            return series.stream().mapToLong(Series::bytes).sum();
        }

        @Override
        public Instant saved() {
            return series.stream().map(Series::saved).max(Instant::compareTo).orElse(Instant.EPOCH);
        }

        @Override
        public List<Path> files() {
            return series.stream().flatMap(s -> s.files().stream()).toList();
        }

        @Override
        public Path focus() {
            return series.get(0).focus();
        }
    }

    record Series(String label, LibrarySeries of) implements Row {
        @Override
        public int images() {
            return of.files().size();
        }

        @Override
        public long bytes() {
            return of.bytes();
        }

        @Override
        public Instant saved() {
            return of.saved();
        }

        @Override
        public List<Path> files() {
            return of.files();
        }

        @Override
        public Path focus() {
            return of.keyFile();
        }
    }

    /**
     * Groups series by patient ID (then name) and study UID, in the order first met; one series listed by two
     * sources (the same dataset from two nodes) shows once.
     */
    static LibraryTree of(List<LibrarySeries> all) {
        Map<String, Map<String, Map<String, LibrarySeries>>> byPatient = new LinkedHashMap<>();
        for (LibrarySeries s : all) {
            byPatient
                    .computeIfAbsent(s.patientId() + "\u0000" + s.patientName(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.studyUid(), k -> new LinkedHashMap<>())
                    .putIfAbsent(s.seriesUid(), s);
        }
        List<Patient> patients = new ArrayList<>();
        for (Map<String, Map<String, LibrarySeries>> studies : byPatient.values()) {
            List<Study> st = new ArrayList<>();
            LibrarySeries first = null;
            for (Map<String, LibrarySeries> series : studies.values()) {
                List<Series> se = series.values().stream()
                        .map(s -> new Series(seriesLabel(s), s))
                        .toList();
                LibrarySeries one = se.get(0).of();
                first = first == null ? one : first;
                st.add(new Study(studyLabel(one), se));
            }
            patients.add(new Patient(patientLabel(first), st));
        }
        return new LibraryTree(patients);
    }

    static String patientLabel(LibrarySeries s) {
        String name = s.patientName().replace('^', ' ').strip();
        return (name.isEmpty() ? "(no name)" : name) + (s.patientId().isEmpty() ? "" : " · " + s.patientId());
    }

    static String studyLabel(LibrarySeries s) {
        String d = s.studyDate();
        String date = d.length() == 8 ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d;
        String what = s.studyDescription().isEmpty() ? "(no description)" : s.studyDescription();
        return (date.isEmpty() ? "" : date + " · ") + what + " · dataset " + s.datasetId();
    }

    static String seriesLabel(LibrarySeries s) {
        String what = s.seriesDescription().isEmpty() ? "(no description)" : s.seriesDescription();
        return s.modality() + " · " + what;
    }
}

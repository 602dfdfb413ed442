package eu.eucaim.workstation.dicom.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the trees of several scans (folders, zip archives, DICOMDIRs, files opened together or one after another)
 * into one, as if their files had been scanned together: a series split over two zips becomes one series, keyed by
 * patient, Study Instance UID and Series Instance UID as {@link StudyTree} groups them, sorted as a scan sorts.
 * An instance found twice (same SOP Instance UID, e.g. in two overlapping archives) is kept once, from the first
 * source; instances without a SOP Instance UID are told apart by their source. Patient, study and series
 * attributes come from the first scan that has them. Errors are kept in order and files seen add up.
 */
public final class StudyMerge {

    private StudyMerge() {}

    public static ScanResult merge(Collection<ScanResult> results) {
        Map<String, PatientParts> patients = new LinkedHashMap<>();
        List<ScanResult.ScanError> errors = new ArrayList<>();
        int filesSeen = 0;
        for (ScanResult r : results) {
            for (Patient p : r.patients()) {
                PatientParts pp =
                        patients.computeIfAbsent(p.patientId() + '\u0000' + p.name(), k -> new PatientParts(p));
                for (Study st : p.studies()) {
                    StudyParts sp = pp.studies.computeIfAbsent(st.studyInstanceUid(), k -> new StudyParts(st));
                    for (Series se : st.series()) {
                        Map<String, Instance> instances =
                                sp.series.computeIfAbsent(se.seriesInstanceUid(), k -> new SeriesParts(se)).instances;
                        for (Instance i : se.instances()) {
                            String key = i.sopInstanceUid().isEmpty()
                                    ? '\u0000' + i.source().location()
                                    : i.sopInstanceUid();
                            instances.putIfAbsent(key, i);
                        }
                    }
                }
            }
            errors.addAll(r.errors());
            filesSeen += r.filesSeen();
        }
        List<Patient> out = new ArrayList<>();
        for (PatientParts pp : patients.values()) {
            List<Study> studies = new ArrayList<>();
            for (StudyParts sp : pp.studies.values()) {
                List<Series> series = new ArrayList<>();
                for (SeriesParts se : sp.series.values()) {
                    Series first = se.first;
                    series.add(new Series(
                            first.seriesInstanceUid(),
                            first.seriesNumber(),
                            first.modality(),
                            first.description(),
                            StudyTree.inSliceOrder(new ArrayList<>(se.instances.values()))));
                }
                series.sort(StudyTree.SERIES_ORDER);
                Study st = sp.first;
                studies.add(new Study(
                        st.studyInstanceUid(),
                        st.studyDate(),
                        st.studyId(),
                        st.accessionNumber(),
                        st.description(),
                        List.copyOf(series)));
            }
            studies.sort(StudyTree.STUDY_ORDER);
            out.add(new Patient(pp.first.patientId(), pp.first.name(), List.copyOf(studies)));
        }
        out.sort(StudyTree.PATIENT_ORDER);
        return new ScanResult(List.copyOf(out), List.copyOf(errors), filesSeen);
    }

    private static final class PatientParts {
        final Patient first;
        final Map<String, StudyParts> studies = new LinkedHashMap<>();

        PatientParts(Patient first) {
            this.first = first;
        }
    }

    private static final class StudyParts {
        final Study first;
        final Map<String, SeriesParts> series = new LinkedHashMap<>();

        StudyParts(Study first) {
            this.first = first;
        }
    }

    private static final class SeriesParts {
        final Series first;
        final Map<String, Instance> instances = new LinkedHashMap<>();

        SeriesParts(Series first) {
            this.first = first;
        }
    }
}

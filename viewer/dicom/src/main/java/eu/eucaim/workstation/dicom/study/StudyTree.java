package eu.eucaim.workstation.dicom.study;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups headers into patients, studies and series. Within a series, instances are sorted along the slice
 * normal when all of them have geometry (so a volume is in spatial order whatever the file names), then by
 * Instance Number, then by source name, so the order is always the same.
 */
final class StudyTree {
    /** The orders of a tree, shared with {@link StudyMerge} so a merged tree sorts as a scanned one. */
    static final Comparator<Series> SERIES_ORDER = Comparator.comparingInt(Series::seriesNumber)
            .thenComparing(Series::seriesInstanceUid);
    static final Comparator<Study> STUDY_ORDER = Comparator.comparing(Study::studyDate)
            .thenComparing(Study::studyInstanceUid);
    static final Comparator<Patient> PATIENT_ORDER = Comparator.comparing(Patient::name)
            .thenComparing(Patient::patientId);

    /** A parsed header with where it came from. */
    record Header(String source, Dataset ds) {
    }

    private StudyTree() {
    }

    static List<Patient> build(List<Header> headers) {
        Map<String, Map<String, Map<String, List<Header>>>> tree = new LinkedHashMap<>();
        for (Header h : headers) {
            Dataset ds = h.ds();
            tree.computeIfAbsent(patientKey(ds), k -> new LinkedHashMap<>())
                    .computeIfAbsent(ds.getString(Tags.StudyInstanceUID, "(no study UID)"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(ds.getString(Tags.SeriesInstanceUID, "(no series UID)"), k -> new ArrayList<>())
                    .add(h);
        }
        List<Patient> patients = new ArrayList<>();
        tree.forEach((pk, studies) -> {
            List<Study> studyList = new ArrayList<>();
            Dataset first = null;
            for (var st : studies.entrySet()) {
                List<Series> seriesList = new ArrayList<>();
                Dataset studyFirst = null;
                for (var se : st.getValue().entrySet()) {
                    Dataset s0 = se.getValue().get(0).ds();
                    studyFirst = studyFirst == null ? s0 : studyFirst;
                    seriesList.add(new Series(se.getKey(), s0.getInt(Tags.SeriesNumber, 0),
                            s0.getString(Tags.Modality, ""), s0.getString(Tags.SeriesDescription, ""),
                            sorted(se.getValue())));
                }
                seriesList.sort(SERIES_ORDER);
                first = first == null ? studyFirst : first;
                studyList.add(new Study(st.getKey(), studyFirst.getString(Tags.StudyDate, ""),
                        studyFirst.getString(Tags.StudyID, ""), studyFirst.getString(Tags.AccessionNumber, ""),
                        studyFirst.getString(Tags.StudyDescription, ""), List.copyOf(seriesList)));
            }
            studyList.sort(STUDY_ORDER);
            patients.add(new Patient(first.getString(Tags.PatientID, ""), first.getString(Tags.PatientName, ""),
                    List.copyOf(studyList)));
        });
        patients.sort(PATIENT_ORDER);
        return List.copyOf(patients);
    }

    private static String patientKey(Dataset ds) {
        return ds.getString(Tags.PatientID, "") + '\u0000' + ds.getString(Tags.PatientName, "");
    }

    private static List<Instance> sorted(List<Header> headers) {
        List<Instance> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            Dataset ds = h.ds();
            double[] pos = ds.getDoubles(Tags.ImagePositionPatient);
            double[] ori = ds.getDoubles(Tags.ImageOrientationPatient);
            out.add(new Instance(h.source(), ds.getString(Tags.SOPClassUID, ""), ds.getString(Tags.SOPInstanceUID, ""),
                    ds.getInt(Tags.InstanceNumber, 0), Math.max(1, ds.getInt(Tags.NumberOfFrames, 1)),
                    pos.length >= 3 ? pos : null, ori.length >= 6 ? ori : null));
        }
        return inSliceOrder(out);
    }

    /** Sorts {@code out} along the slice normal when every instance has geometry, then Instance Number, source. */
    static List<Instance> inSliceOrder(List<Instance> out) {
        boolean geometry = out.stream().noneMatch(i -> Double.isNaN(i.slicePosition()));
        Comparator<Instance> order = Comparator.comparingInt(Instance::instanceNumber).thenComparing(Instance::source);
        if (geometry) {
            order = Comparator.comparingDouble(Instance::slicePosition).thenComparing(order);
        }
        out.sort(order);
        return List.copyOf(out);
    }
}

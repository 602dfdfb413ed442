package eu.eucaim.workstation.dicom.study;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.source.InstanceSource;
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
    static final Comparator<Series> SERIES_ORDER =
            Comparator.comparingInt(Series::seriesNumber).thenComparing(Series::seriesInstanceUid);

    static final Comparator<Study> STUDY_ORDER =
            Comparator.comparing(Study::studyDate).thenComparing(Study::studyInstanceUid);
    static final Comparator<Patient> PATIENT_ORDER =
            Comparator.comparing(Patient::name).thenComparing(Patient::patientId);

    /**
     * What the tree needs of one file's header, taken out of the data set as soon as it is read: a scan keeps
     * thousands of these, and holding every parsed {@link Dataset} instead cost a folder scan most of its
     * garbage-collection time (the data sets outlived the young generation and were copied). {@code location} is
     * the source's, made once: the scan sorts by it.
     */
    record Header(
            InstanceSource source,
            String location,
            String patientId,
            String patientName,
            String studyUid,
            String studyDate,
            String studyId,
            String accessionNumber,
            String studyDescription,
            String seriesUid,
            int seriesNumber,
            String modality,
            String seriesDescription,
            String sopClassUid,
            String sopInstanceUid,
            int instanceNumber,
            int frames,
            double[] position,
            double[] orientation) {

        static Header of(InstanceSource source, Dataset ds, java.nio.file.Path file)
                throws eu.eucaim.workstation.dicom.DicomParseException {
            double[] pos = ds.getDoubles(Tags.ImagePositionPatient);
            double[] ori = ds.getDoubles(Tags.ImageOrientationPatient);
            return new Header(
                    source,
                    source.location(),
                    ds.getString(Tags.PatientID, ""),
                    ds.getString(Tags.PatientName, ""),
                    ds.getString(Tags.StudyInstanceUID, "(no study UID)"),
                    ds.getString(Tags.StudyDate, ""),
                    ds.getString(Tags.StudyID, ""),
                    ds.getString(Tags.AccessionNumber, ""),
                    ds.getString(Tags.StudyDescription, ""),
                    ds.getString(Tags.SeriesInstanceUID, "(no series UID)"),
                    ds.getInt(Tags.SeriesNumber, 0),
                    ds.getString(Tags.Modality, ""),
                    ds.getString(Tags.SeriesDescription, ""),
                    ds.getString(Tags.SOPClassUID, ""),
                    ds.getString(Tags.SOPInstanceUID, ""),
                    ds.getInt(Tags.InstanceNumber, 0),
                    eu.eucaim.workstation.dicom.FrameCount.of(ds, file),
                    pos.length >= 3 ? pos : null,
                    ori.length >= 6 ? ori : null);
        }
    }

    private StudyTree() {}

    static List<Patient> build(List<Header> headers) {
        Map<String, Map<String, Map<String, List<Header>>>> tree = new LinkedHashMap<>();
        for (Header h : headers) {
            tree.computeIfAbsent(h.patientId() + '\u0000' + h.patientName(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.studyUid(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.seriesUid(), k -> new ArrayList<>())
                    .add(h);
        }
        List<Patient> patients = new ArrayList<>();
        tree.forEach((pk, studies) -> {
            List<Study> studyList = new ArrayList<>();
            Header first = null;
            for (var st : studies.entrySet()) {
                List<Series> seriesList = new ArrayList<>();
                Header studyFirst = null;
                for (var se : st.getValue().entrySet()) {
                    Header s0 = se.getValue().get(0);
                    studyFirst = studyFirst == null ? s0 : studyFirst;
                    seriesList.add(new Series(
                            se.getKey(),
                            s0.seriesNumber(),
                            s0.modality(),
                            s0.seriesDescription(),
                            sorted(se.getValue())));
                }
                seriesList.sort(SERIES_ORDER);
                first = first == null ? studyFirst : first;
                studyList.add(new Study(
                        st.getKey(),
                        studyFirst.studyDate(),
                        studyFirst.studyId(),
                        studyFirst.accessionNumber(),
                        studyFirst.studyDescription(),
                        List.copyOf(seriesList)));
            }
            studyList.sort(STUDY_ORDER);
            patients.add(new Patient(first.patientId(), first.patientName(), List.copyOf(studyList)));
        });
        patients.sort(PATIENT_ORDER);
        return List.copyOf(patients);
    }

    private static List<Instance> sorted(List<Header> headers) {
        List<Instance> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            out.add(new Instance(
                    h.source(),
                    h.sopClassUid(),
                    h.sopInstanceUid(),
                    h.instanceNumber(),
                    h.frames(),
                    h.position(),
                    h.orientation()));
        }
        return inSliceOrder(out);
    }

    /**
     * Sorts {@code out} along the slice normal when every instance has geometry, then Instance Number, then the
     * source's location.
     */
    static List<Instance> inSliceOrder(List<Instance> out) {
        boolean geometry = out.stream().noneMatch(i -> Double.isNaN(i.slicePosition()));
        Comparator<Instance> order = Comparator.comparingInt(Instance::instanceNumber)
                .thenComparing(i -> i.source().location());
        if (geometry) {
            order = Comparator.comparingDouble(Instance::slicePosition).thenComparing(order);
        }
        out.sort(order);
        return List.copyOf(out);
    }
}

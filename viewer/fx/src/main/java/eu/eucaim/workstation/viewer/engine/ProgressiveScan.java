package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import eu.eucaim.workstation.dicom.study.Instance;
import eu.eucaim.workstation.dicom.study.Patient;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.dicom.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Scans folders and files in growing chunks (1/16 of the files, then doubling) and reports the study tree after each, so
 * the viewer can show the first series long before the last header is read. Headers only, stopping before pixel
 * data, each chunk in parallel. Grouping and order are those of {@code DicomScanner} (series by number, instances
 * along the slice normal, then Instance Number, then file name), so the last report equals a full scan.
 */
public final class ProgressiveScan {
    /** The smallest first chunk: enough files to find a series in a mixed folder. */
    static final int FIRST_CHUNK = 8;
    private static final String DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10";

    /** Receives the tree of every file read so far; {@code complete} is true exactly once, last. */
    @FunctionalInterface
    public interface Listener {
        void update(ScanResult soFar, boolean complete);
    }

    private final DicomReader reader = new DicomReader(ReadOptions.HEADER.withStopAtTag(Tags.NumberOfFrames + 1));

    /**
     * True when every path is a folder or a plain file (a list of files is one scan, so the slices of one series in
     * many files make one stack); zip archives and DICOMDIRs go through {@code DicomScanner}.
     */
    public static boolean applies(List<Path> paths) {
        return !paths.isEmpty() && paths.stream().allMatch(p -> Files.isDirectory(p) || Files.isRegularFile(p)
                && !p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                && !p.getFileName().toString().equalsIgnoreCase("DICOMDIR"));
    }

    /**
     * Scans {@code folders} (and files), reporting after each chunk; stops early (without a complete report) when
     * {@code cancelled} turns true. Returns the final result, or null when cancelled.
     */
    public ScanResult scan(List<Path> folders, Listener listener, BooleanSupplier cancelled) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                files.addAll(walk.filter(Files::isRegularFile).sorted().toList());
            }
        }
        List<Instance> found = Collections.synchronizedList(new ArrayList<>());
        Map<Instance, Dataset> headers = new java.util.concurrent.ConcurrentHashMap<>();
        List<ScanResult.ScanError> errors = Collections.synchronizedList(new ArrayList<>());
        int done = 0;
        int chunk = Math.max(FIRST_CHUNK, files.size() / 16);
        while (done < files.size()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int end = Math.min(files.size(), done + chunk);
            files.subList(done, end).parallelStream().forEach(p -> read(p, found, headers, errors));
            done = end;
            chunk *= 2;
            if (done < files.size()) {
                listener.update(result(found, headers, errors, done), false);
            }
        }
        ScanResult last = result(found, headers, errors, files.size());
        listener.update(last, true);
        return last;
    }

    private void read(Path p, List<Instance> found, Map<Instance, Dataset> headers,
            List<ScanResult.ScanError> errors) {
        try {
            DicomFile f = reader.readFile(p);
            Dataset ds = f.dataset();
            if (DICOMDIR_SOP_CLASS.equals(f.fileMeta().getString(Tags.MediaStorageSOPClassUID))
                    || ds.contains(Tags.DirectoryRecordSequence)) {
                return;
            }
            double[] pos = ds.getDoubles(Tags.ImagePositionPatient);
            double[] ori = ds.getDoubles(Tags.ImageOrientationPatient);
            Instance i = new Instance(p.toString(), ds.getString(Tags.SOPClassUID, ""),
                    ds.getString(Tags.SOPInstanceUID, ""), ds.getInt(Tags.InstanceNumber, 0),
                    Math.max(1, ds.getInt(Tags.NumberOfFrames, 1)), pos.length >= 3 ? pos : null,
                    ori.length >= 6 ? ori : null);
            headers.put(i, ds);
            found.add(i);
        } catch (DicomParseException e) {
            errors.add(new ScanResult.ScanError(p.toString(), e.getMessage()));
        }
    }

    /** The tree of what was read so far, in the same order as a full scan's. */
    static ScanResult result(List<Instance> found, Map<Instance, Dataset> headers,
            List<ScanResult.ScanError> errors, int seen) {
        List<Instance> all;
        synchronized (found) {
            all = new ArrayList<>(found);
        }
        all.sort(Comparator.comparing(Instance::source));
        Map<String, Map<String, Map<String, List<Instance>>>> tree = new LinkedHashMap<>();
        for (Instance i : all) {
            Dataset ds = headers.get(i);
            tree.computeIfAbsent(ds.getString(Tags.PatientID, "") + '\u0000' + ds.getString(Tags.PatientName, ""),
                            k -> new LinkedHashMap<>())
                    .computeIfAbsent(ds.getString(Tags.StudyInstanceUID, "(no study UID)"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(ds.getString(Tags.SeriesInstanceUID, "(no series UID)"), k -> new ArrayList<>())
                    .add(i);
        }
        List<Patient> patients = new ArrayList<>();
        tree.forEach((pk, studies) -> {
            List<Study> studyList = new ArrayList<>();
            Dataset first = null;
            for (var st : studies.entrySet()) {
                List<Series> seriesList = new ArrayList<>();
                Dataset studyFirst = null;
                for (var se : st.getValue().entrySet()) {
                    Dataset s0 = headers.get(se.getValue().get(0));
                    studyFirst = studyFirst == null ? s0 : studyFirst;
                    seriesList.add(new Series(se.getKey(), s0.getInt(Tags.SeriesNumber, 0),
                            s0.getString(Tags.Modality, ""), s0.getString(Tags.SeriesDescription, ""),
                            sliceOrder(se.getValue())));
                }
                seriesList.sort(Comparator.comparingInt(Series::seriesNumber).thenComparing(Series::seriesInstanceUid));
                first = first == null ? studyFirst : first;
                studyList.add(new Study(st.getKey(), studyFirst.getString(Tags.StudyDate, ""),
                        studyFirst.getString(Tags.StudyID, ""), studyFirst.getString(Tags.AccessionNumber, ""),
                        studyFirst.getString(Tags.StudyDescription, ""), List.copyOf(seriesList)));
            }
            studyList.sort(Comparator.comparing(Study::studyDate).thenComparing(Study::studyInstanceUid));
            patients.add(new Patient(first.getString(Tags.PatientID, ""), first.getString(Tags.PatientName, ""),
                    List.copyOf(studyList)));
        });
        patients.sort(Comparator.comparing(Patient::name).thenComparing(Patient::patientId));
        List<ScanResult.ScanError> sortedErrors;
        synchronized (errors) {
            sortedErrors = new ArrayList<>(errors);
        }
        sortedErrors.sort(Comparator.comparing(ScanResult.ScanError::source));
        return new ScanResult(List.copyOf(patients), List.copyOf(sortedErrors), seen);
    }

    /** Along the slice normal when every instance has geometry, then Instance Number, then file name. */
    private static List<Instance> sliceOrder(List<Instance> instances) {
        List<Instance> out = new ArrayList<>(instances);
        boolean geometry = out.stream().noneMatch(i -> Double.isNaN(i.slicePosition()));
        Comparator<Instance> order = Comparator.comparingInt(Instance::instanceNumber).thenComparing(Instance::source);
        if (geometry) {
            order = Comparator.comparingDouble(Instance::slicePosition).thenComparing(order);
        }
        out.sort(order);
        return List.copyOf(out);
    }
}

package eu.eucaim.workstation.dicom.study;

import java.util.List;

/**
 * What a scan found: the patient → study → series → instance tree, and the files it could not use.
 *
 * @param filesSeen every file looked at (including the ones in {@code errors} and DICOMDIRs)
 */
public record ScanResult(List<Patient> patients, List<ScanError> errors, int filesSeen) {

    /** A file that is not DICOM or could not be read, with the reader's message. */
    public record ScanError(String source, String message) {}

    public int studyCount() {
        return patients.stream().mapToInt(p -> p.studies().size()).sum();
    }

    public int seriesCount() {
        return patients.stream()
                .flatMap(p -> p.studies().stream())
                .mapToInt(s -> s.series().size())
                .sum();
    }

    public int instanceCount() {
        return patients.stream()
                .flatMap(p -> p.studies().stream())
                .mapToInt(Study::instanceCount)
                .sum();
    }
}

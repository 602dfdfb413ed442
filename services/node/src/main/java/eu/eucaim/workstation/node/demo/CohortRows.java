package eu.eucaim.workstation.node.demo;

import java.time.LocalDate;
import java.util.List;

/** The synthetic cohort of one dataset, as rows of the {@code subject} and {@code study} tables. */
record CohortRows(List<Subject> subjects, List<Study> studies) {

    /** {@code sex} male|female|other|unknown; {@code diagnosisCode} SNOMEDCT-prefixed. */
    record Subject(
            long id, String datasetId, String sex, int ageAtDiagnosis, String diagnosisCode, int yearOfDiagnosis) {}

    /** {@code modality} in the federated search vocabulary (PET, SPECT, not PT, NM); {@code bodyPart} lower-case. */
    record Study(
            long id,
            long subjectId,
            String datasetId,
            String modality,
            String bodyPart,
            String manufacturer,
            LocalDate studyDate) {}
}

package eu.eucaim.workstation.api.library;

import java.util.List;

/**
 * A patient in the offline library, with their studies (most recently used first).
 *
 * @param patientId   "" when the files did not say
 * @param patientName DICOM PN as stored ("Doe^Jane"), "" when the files did not say
 */
public record StoredPatient(String patientId, String patientName, List<StoredStudy> studies) {
    public StoredPatient {
        studies = List.copyOf(studies);
    }
}

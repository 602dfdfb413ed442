package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;

/** One QIDO-RS series result of the study chosen. */
public record RemoteSeries(
        String studyUid, String seriesUid, String modality, int number, String description, int instances) {

    static RemoteSeries of(String studyUid, DicomAttributes a) {
        return new RemoteSeries(
                studyUid,
                a.string("0020000E").orElse(""),
                a.string("00080060").orElse(""),
                RemoteStudy.number(a, "00200011"),
                a.string("0008103E").orElse(""),
                RemoteStudy.number(a, "00201209"));
    }

    /** "CT 2: Chest 1.25 mm (300 images)". */
    public String label() {
        String d = description.isBlank() ? "(no description)" : description;
        return modality + " " + number + ": " + d + " (" + instances + (instances == 1 ? " image)" : " images)");
    }
}

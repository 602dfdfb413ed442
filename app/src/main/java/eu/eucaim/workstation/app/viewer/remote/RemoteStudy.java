package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;

/** One QIDO-RS study result as the Viewer's remote search lists it. */
public record RemoteStudy(
        String studyUid,
        String patientName,
        String patientId,
        String studyDate,
        String description,
        String modalities,
        String accession,
        int series,
        int instances) {

    static RemoteStudy of(DicomAttributes a) {
        return new RemoteStudy(
                a.string("0020000D").orElse(""),
                a.string("00100010").orElse("").replace('^', ' ').strip(),
                a.string("00100020").orElse(""),
                a.string("00080020").orElse(""),
                a.string("00081030").orElse(""),
                a.joined("00080061"),
                a.string("00080050").orElse(""),
                number(a, "00201206"),
                number(a, "00201208"));
    }

    static int number(DicomAttributes a, String tag) {
        try {
            return a.string(tag).map(String::strip).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The study date as people read it: 2024-03-05, or "" when none. */
    public String date() {
        return studyDate.length() == 8
                ? studyDate.substring(0, 4) + "-" + studyDate.substring(4, 6) + "-" + studyDate.substring(6)
                : studyDate;
    }

    /** "Jane Doe (2024-03-05)", by patient ID when the name is empty, "the study" when both are. */
    public String describe() {
        String who = patientName.isBlank() ? patientId : patientName;
        return (who.isBlank() ? "the study" : who) + (date().isBlank() ? "" : " (" + date() + ")");
    }
}

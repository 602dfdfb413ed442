package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.RejectedInstanceException;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.nio.file.Path;

/**
 * Reads a file the library is handed and checks that it is the DICOM instance its origin names, before it is kept:
 * a server's error page, a truncated reply or another instance never gets into the library.
 */
final class InstanceCheck {
    private InstanceCheck() {}

    /** What the Library lists of an instance, read from its file. */
    record Header(
            String patientId,
            String patientName,
            String studyDate,
            String studyDescription,
            String modality,
            String seriesDescription,
            int seriesNumber,
            int instanceNumber) {}

    /**
     * Parses {@code file} (the whole data set; pixel data is checked to fit in the file, not read) and compares its
     * UIDs with {@code origin}'s.
     *
     * @throws RejectedInstanceException naming the instance and its source
     */
    static Header check(InstanceOrigin origin, Path file) {
        DicomFile dicom;
        try {
            dicom = DicomReader.read(file);
        } catch (DicomParseException e) {
            throw new RejectedInstanceException(
                    "Not kept in the offline library: " + origin + " is not a readable DICOM file (" + e.getMessage()
                            + ")",
                    e);
        }
        Dataset ds = dicom.dataset();
        String sop = ds.getString(Tags.SOPInstanceUID, dicom.fileMeta().getString(Tags.MediaStorageSOPInstanceUID));
        same(origin, "SOP Instance UID", origin.sopInstanceUid(), sop, true);
        same(origin, "Study Instance UID", origin.studyUid(), ds.getString(Tags.StudyInstanceUID), false);
        same(origin, "Series Instance UID", origin.seriesUid(), ds.getString(Tags.SeriesInstanceUID), false);
        return new Header(
                text(ds, Tags.PatientID),
                text(ds, Tags.PatientName),
                text(ds, Tags.StudyDate),
                text(ds, Tags.StudyDescription),
                text(ds, Tags.Modality),
                text(ds, Tags.SeriesDescription),
                number(ds, Tags.SeriesNumber),
                number(ds, Tags.InstanceNumber));
    }

    private static void same(InstanceOrigin origin, String what, String expected, String found, boolean required) {
        String f = found == null ? null : found.strip();
        if (f == null || f.isEmpty()) {
            if (required) {
                throw new RejectedInstanceException(
                        "Not kept in the offline library: the file of " + origin + " has no " + what, null);
            }
            return; // a study or series UID is the viewer's to know; the file need not repeat it
        }
        if (!f.equals(expected)) {
            throw new RejectedInstanceException(
                    "Not kept in the offline library: the file of " + origin + " has " + what + " " + f + ", not "
                            + expected,
                    null);
        }
    }

    private static String text(Dataset ds, int tag) {
        String s;
        try {
            s = ds.getString(tag);
        } catch (RuntimeException unreadable) {
            return ""; // a listing detail, not worth refusing the instance over
        }
        return s == null ? "" : s.strip();
    }

    private static int number(Dataset ds, int tag) {
        try {
            return ds.getInt(tag, 0);
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }
}

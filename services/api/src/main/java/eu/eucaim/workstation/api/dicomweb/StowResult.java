package eu.eucaim.workstation.api.dicomweb;

import java.util.List;

/**
 * What a STOW-RS server said of an upload (PS3.18 10.5.3): the HTTP status (200 all stored, 202 some stored and
 * some not or with warnings, 409 none stored; Orthanc's plugin answers 400 with the same body when a part is not
 * DICOM), the instances stored (ReferencedSOPSequence) and those refused (FailedSOPSequence).
 *
 * @param retrieveUrl where the study can be retrieved (RetrieveURL), or null
 * @param partsSent   how many files were sent
 */
public record StowResult(
        int status, String retrieveUrl, List<StoredInstance> stored, List<FailedInstance> failed, int partsSent) {
    public StowResult {
        stored = List.copyOf(stored);
        failed = List.copyOf(failed);
    }

    /**
     * Parts the server neither stored nor listed as failed: it could not tell them apart (a part that is not DICOM
     * has no SOP Instance UID to name), so they were not stored.
     */
    public int unaccounted() {
        return Math.max(0, partsSent - stored.size() - failed.size());
    }

    /** Whether every part sent was stored. */
    public boolean complete() {
        return failed.isEmpty() && stored.size() == partsSent;
    }

    /** An instance the server stored, and where it can be retrieved (or null). */
    public record StoredInstance(String sopClassUid, String sopInstanceUid, String retrieveUrl) {}

    /**
     * An instance the server refused.
     *
     * @param failureReason the FailureReason (0008,1197) status code, or -1 when the server gave none
     * @param reason        what that code means (PS3.4 Annex B, PS3.18 10.5.3)
     */
    public record FailedInstance(String sopClassUid, String sopInstanceUid, int failureReason, String reason) {}
}

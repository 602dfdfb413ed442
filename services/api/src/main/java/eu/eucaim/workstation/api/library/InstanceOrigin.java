package eu.eucaim.workstation.api.library;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the viewer knows about an instance it hands to the {@link ImageLibrary}: where it came from and which instance
 * it is. The library checks the file against these UIDs before it keeps it.
 *
 * @param provenance     the source (with its URL: a remote instance always has one), dataset and access conditions
 * @param studyUid       Study Instance UID
 * @param seriesUid      Series Instance UID
 * @param sopInstanceUid SOP Instance UID
 */
public record InstanceOrigin(Provenance provenance, String studyUid, String seriesUid, String sopInstanceUid) {
    /** PS3.5 9.1: digits and dots, at most 64 characters (leading zeros tolerated: real archives have them). */
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    public InstanceOrigin {
        Objects.requireNonNull(provenance, "provenance");
        if (provenance.sourceUrl() == null) {
            throw new IllegalArgumentException(
                    "an instance from '" + provenance.sourceName() + "' needs the source's URL");
        }
        checkUid("Study Instance UID", studyUid);
        checkUid("Series Instance UID", seriesUid);
        checkUid("SOP Instance UID", sopInstanceUid);
    }

    /** Throws an {@link IllegalArgumentException} naming {@code what} unless {@code uid} is a DICOM UID. */
    public static String checkUid(String what, String uid) {
        if (uid == null || uid.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (uid.length() > 64 || !UID.matcher(uid).matches()) {
            throw new IllegalArgumentException(what + " '" + (uid.length() > 80 ? uid.substring(0, 80) + "…" : uid)
                    + "' is not a DICOM UID (digits and dots, at most 64 characters)");
        }
        return uid;
    }

    @Override
    public String toString() {
        return "instance " + sopInstanceUid + " from " + provenance.sourceName()
                + (provenance.datasetId() == null ? "" : " (dataset " + provenance.datasetId() + ")");
    }
}

package eu.eucaim.workstation.dicom;

/** The transfer syntax facts the reader and writer need (PS3.5 10 and Annex A). */
public record TransferSyntax(String uid, boolean explicitVR, boolean bigEndian, boolean deflated, boolean encapsulated) {

    public static final String IMPLICIT_VR_LE_UID = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LE_UID = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_VR_LE_UID = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_VR_BE_UID = "1.2.840.10008.1.2.2";

    public static final TransferSyntax IMPLICIT_VR_LE = new TransferSyntax(IMPLICIT_VR_LE_UID, false, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LE = new TransferSyntax(EXPLICIT_VR_LE_UID, true, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_BE = new TransferSyntax(EXPLICIT_VR_BE_UID, true, true, false, false);

    /** Any UID not listed as native is taken as an encapsulated (compressed) explicit VR LE syntax. */
    public static TransferSyntax of(String uid) {
        return switch (uid) {
            case IMPLICIT_VR_LE_UID -> IMPLICIT_VR_LE;
            case EXPLICIT_VR_LE_UID -> EXPLICIT_VR_LE;
            case EXPLICIT_VR_BE_UID -> EXPLICIT_VR_BE;
            case DEFLATED_EXPLICIT_VR_LE_UID, "1.2.840.10008.1.2.1.98" -> new TransferSyntax(uid, true, false, true, false);
            // Deflated image frame compression keeps native-like explicit LE framing of the dataset.
            default -> new TransferSyntax(uid, true, false, false, true);
        };
    }
}

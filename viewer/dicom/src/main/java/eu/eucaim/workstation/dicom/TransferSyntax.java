package eu.eucaim.workstation.dicom;

import java.util.List;

/**
 * A transfer syntax: how the data set is encoded (PS3.5 10 and Annex A) and which codec family decodes its pixel
 * data. The known syntaxes are constants; {@link #of} maps any other UID to an encapsulated explicit VR little
 * endian syntax that no decoder handles, so the reader can still read the data set and the decoder can name it.
 *
 * @param uid         the Transfer Syntax UID
 * @param displayName the PS3.6 name, or "unknown transfer syntax" for UIDs not listed here
 * @param family      the codec family that decodes frames (NATIVE for unencapsulated pixel data)
 * @param explicitVR  whether the data set is explicit VR
 * @param bigEndian   whether the data set (and native pixel data) is big endian
 * @param deflated    whether the data set after the File Meta is deflated
 * @param lossy       whether the codec may lose information (then peers only agree within a tolerance)
 */
public record TransferSyntax(
        String uid,
        String displayName,
        Family family,
        boolean explicitVR,
        boolean bigEndian,
        boolean deflated,
        boolean lossy) {

    /** Which decoder handles a syntax. */
    public enum Family {
        NATIVE,
        RLE,
        JPEG,
        JPEG_LS,
        JPEG_2000,
        UNSUPPORTED
    }

    public static final String IMPLICIT_VR_LE_UID = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LE_UID = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_VR_LE_UID = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_VR_BE_UID = "1.2.840.10008.1.2.2";

    public static final TransferSyntax IMPLICIT_VR_LE =
            nativeSyntax(IMPLICIT_VR_LE_UID, "Implicit VR Little Endian", false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LE =
            nativeSyntax(EXPLICIT_VR_LE_UID, "Explicit VR Little Endian", true, false, false);
    /** The reader inflates the data set; the pixel bytes it hands over are native. */
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LE =
            nativeSyntax(DEFLATED_EXPLICIT_VR_LE_UID, "Deflated Explicit VR Little Endian", true, false, true);

    public static final TransferSyntax EXPLICIT_VR_BE =
            nativeSyntax(EXPLICIT_VR_BE_UID, "Explicit VR Big Endian (Retired)", true, true, false);
    public static final TransferSyntax RLE_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.5", "RLE Lossless", Family.RLE, false);
    public static final TransferSyntax JPEG_BASELINE =
            encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", Family.JPEG, true);
    public static final TransferSyntax JPEG_EXTENDED =
            encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", Family.JPEG, true);
    public static final TransferSyntax JPEG_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", Family.JPEG, false);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 = encapsulated(
            "1.2.840.10008.1.2.4.70",
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
            Family.JPEG,
            false);
    public static final TransferSyntax JPEG_LS_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", Family.JPEG_LS, false);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS = encapsulated(
            "1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", Family.JPEG_LS, true);
    public static final TransferSyntax JPEG_2000_LOSSLESS = encapsulated(
            "1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", Family.JPEG_2000, false);
    public static final TransferSyntax JPEG_2000 =
            encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", Family.JPEG_2000, true);
    public static final TransferSyntax HTJ2K_LOSSLESS = encapsulated(
            "1.2.840.10008.1.2.4.201",
            "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
            Family.UNSUPPORTED,
            false);
    public static final TransferSyntax HTJ2K_LOSSLESS_RPCL = encapsulated(
            "1.2.840.10008.1.2.4.202",
            "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)",
            Family.UNSUPPORTED,
            false);
    public static final TransferSyntax HTJ2K = encapsulated(
            "1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", Family.UNSUPPORTED, true);

    private static final List<TransferSyntax> KNOWN = List.of(
            IMPLICIT_VR_LE,
            EXPLICIT_VR_LE,
            DEFLATED_EXPLICIT_VR_LE,
            EXPLICIT_VR_BE,
            RLE_LOSSLESS,
            JPEG_BASELINE,
            JPEG_EXTENDED,
            JPEG_LOSSLESS,
            JPEG_LOSSLESS_SV1,
            JPEG_LS_LOSSLESS,
            JPEG_LS_NEAR_LOSSLESS,
            JPEG_2000_LOSSLESS,
            JPEG_2000,
            HTJ2K_LOSSLESS,
            HTJ2K_LOSSLESS_RPCL,
            HTJ2K);

    private static final String UNKNOWN = "unknown transfer syntax";

    /** The syntaxes listed here, in UID order of PS3.6. */
    public static List<TransferSyntax> known() {
        return KNOWN;
    }

    /**
     * The syntax for a UID (trailing padding removed). A UID not listed is taken as an encapsulated explicit VR
     * little endian syntax of family UNSUPPORTED, as PS3.5 requires of every syntax defined after these.
     */
    public static TransferSyntax of(String uid) {
        String v = uid == null ? "" : uid.strip().replace("\0", "");
        for (TransferSyntax ts : KNOWN) {
            if (ts.uid.equals(v)) {
                return ts;
            }
        }
        return encapsulated(v, UNKNOWN, Family.UNSUPPORTED, false);
    }

    /** "name (uid)" for messages; unknown UIDs are named as such. */
    public static String describe(String uid) {
        return of(uid).toString();
    }

    /** Whether the syntax is one of the listed ones. */
    public boolean isKnown() {
        return !UNKNOWN.equals(displayName);
    }

    /** Whether pixel data is encapsulated (fragments in items) rather than native. */
    public boolean encapsulated() {
        return family != Family.NATIVE;
    }

    @Override
    public String toString() {
        return displayName + " (" + uid + ")";
    }

    private static TransferSyntax nativeSyntax(
            String uid, String name, boolean explicitVR, boolean bigEndian, boolean deflated) {
        return new TransferSyntax(uid, name, Family.NATIVE, explicitVR, bigEndian, deflated, false);
    }

    private static TransferSyntax encapsulated(String uid, String name, Family family, boolean lossy) {
        return new TransferSyntax(uid, name, family, true, false, false, lossy);
    }
}

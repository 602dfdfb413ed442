package eu.eucaim.workstation.dicom.pixel;

import java.util.Optional;

/** Transfer syntaxes this package knows, with their PS3.6 names and the codec family that decodes them. */
public enum TransferSyntax {
    IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", "Implicit VR Little Endian", Family.NATIVE, false),
    EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", "Explicit VR Little Endian", Family.NATIVE, false),
    /** The reader inflates the data set; the pixel bytes it hands over are native. */
    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian",
            Family.NATIVE, false),
    EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", "Explicit VR Big Endian (Retired)", Family.NATIVE, false),
    RLE_LOSSLESS("1.2.840.10008.1.2.5", "RLE Lossless", Family.RLE, false),
    JPEG_BASELINE("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", Family.JPEG, true),
    JPEG_EXTENDED("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", Family.JPEG, true),
    JPEG_LOSSLESS("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", Family.JPEG, false),
    JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70",
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
            Family.JPEG, false),
    JPEG_LS_LOSSLESS("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", Family.JPEG_LS, false),
    JPEG_LS_NEAR_LOSSLESS("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression",
            Family.JPEG_LS, true),
    JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", Family.JPEG_2000,
            false),
    JPEG_2000("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", Family.JPEG_2000, true),
    HTJ2K_LOSSLESS("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
            Family.UNSUPPORTED, false),
    HTJ2K_LOSSLESS_RPCL("1.2.840.10008.1.2.4.202",
            "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", Family.UNSUPPORTED,
            false),
    HTJ2K("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", Family.UNSUPPORTED, true);

    /** Which decoder handles a syntax. */
    public enum Family { NATIVE, RLE, JPEG, JPEG_LS, JPEG_2000, UNSUPPORTED }

    private final String uid;
    private final String displayName;
    private final Family family;
    private final boolean lossy;

    TransferSyntax(String uid, String displayName, Family family, boolean lossy) {
        this.uid = uid;
        this.displayName = displayName;
        this.family = family;
        this.lossy = lossy;
    }

    public String uid() {
        return uid;
    }

    public String displayName() {
        return displayName;
    }

    public Family family() {
        return family;
    }

    /** True when the syntax may lose information (then peers only agree within a tolerance). */
    public boolean lossy() {
        return lossy;
    }

    public boolean encapsulated() {
        return family != Family.NATIVE;
    }

    public static Optional<TransferSyntax> of(String uid) {
        String v = uid == null ? "" : uid.strip().replace("\0", "");
        for (TransferSyntax ts : values()) {
            if (ts.uid.equals(v)) {
                return Optional.of(ts);
            }
        }
        return Optional.empty();
    }

    /** "name (uid)" for messages; unknown UIDs are named as such. */
    public static String describe(String uid) {
        return of(uid).map(ts -> ts.displayName + " (" + ts.uid + ")").orElse("unknown transfer syntax (" + uid + ")");
    }
}

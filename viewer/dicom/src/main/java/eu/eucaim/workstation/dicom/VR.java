package eu.eucaim.workstation.dicom;

/**
 * Value Representations of PS3.5 table 6.2-1.
 * {@code longHeader}: in explicit VR encodings these VRs have 2 reserved bytes and a 32-bit length
 * (PS3.5 7.1.2); all others a 16-bit length.
 */
public enum VR {
    AE(Kind.STRING, false, ' '),
    AS(Kind.STRING, false, ' '),
    AT(Kind.TAG, false, 0),
    CS(Kind.STRING, false, ' '),
    DA(Kind.STRING, false, ' '),
    DS(Kind.DECIMAL_STRING, false, ' '),
    DT(Kind.STRING, false, ' '),
    FD(Kind.FLOAT64, false, 0),
    FL(Kind.FLOAT32, false, 0),
    IS(Kind.INTEGER_STRING, false, ' '),
    LO(Kind.STRING, false, ' '),
    LT(Kind.TEXT, false, ' '),
    OB(Kind.BINARY, true, 0),
    OD(Kind.BINARY, true, 0),
    OF(Kind.BINARY, true, 0),
    OL(Kind.BINARY, true, 0),
    OV(Kind.BINARY, true, 0),
    OW(Kind.BINARY, true, 0),
    PN(Kind.PERSON_NAME, false, ' '),
    SH(Kind.STRING, false, ' '),
    SL(Kind.INT32, false, 0),
    SQ(Kind.SEQUENCE, true, 0),
    SS(Kind.INT16, false, 0),
    ST(Kind.TEXT, false, ' '),
    SV(Kind.INT64, true, 0),
    TM(Kind.STRING, false, ' '),
    UC(Kind.STRING, true, ' '),
    UI(Kind.STRING, false, 0),
    UL(Kind.UINT32, false, 0),
    UN(Kind.BINARY, true, 0),
    UR(Kind.TEXT, true, ' '),
    US(Kind.UINT16, false, 0),
    UT(Kind.TEXT, true, ' '),
    UV(Kind.UINT64, true, 0);

    /** How a value of this VR is interpreted. */
    public enum Kind {
        STRING,
        TEXT,
        PERSON_NAME,
        DECIMAL_STRING,
        INTEGER_STRING,
        TAG,
        BINARY,
        SEQUENCE,
        INT16,
        UINT16,
        INT32,
        UINT32,
        INT64,
        UINT64,
        FLOAT32,
        FLOAT64
    }

    private static final VR[] BY_CODE = new VR[65536];

    static {
        for (VR vr : values()) {
            BY_CODE[code(vr.name())] = vr;
        }
    }

    private final Kind kind;
    private final boolean longHeader;
    private final byte padding;

    VR(Kind kind, boolean longHeader, int padding) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.padding = (byte) padding;
    }

    public Kind kind() {
        return kind;
    }

    /** True for VRs with 2 reserved bytes and a 32-bit length in explicit VR encodings. */
    public boolean longHeader() {
        return longHeader;
    }

    /** The byte appended to make an odd-length value even (PS3.5 6.2). */
    public byte padding() {
        return padding;
    }

    public boolean isString() {
        return switch (kind) {
            case STRING, TEXT, PERSON_NAME, DECIMAL_STRING, INTEGER_STRING -> true;
            default -> false;
        };
    }

    public boolean isBinaryNumber() {
        return switch (kind) {
            case INT16, UINT16, INT32, UINT32, INT64, UINT64, FLOAT32, FLOAT64, TAG -> true;
            default -> false;
        };
    }

    /** Size of one binary number, or 0 for VRs that are not binary numbers. */
    public int numberSize() {
        return switch (kind) {
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32, TAG -> 4;
            case INT64, UINT64, FLOAT64 -> 8;
            default -> 0;
        };
    }

    /** The swap unit when converting between byte orders (OW swaps 16-bit words etc.). */
    public int swapUnit() {
        return switch (this) {
            case OW -> 2;
            case OF, OL -> 4;
            case OD, OV -> 8;
            case AT -> 2;
            default -> numberSize();
        };
    }

    /** The VR for two ASCII bytes, or null when they are not a known VR. */
    public static VR fromCode(int b0, int b1) {
        return BY_CODE[((b0 & 0xFF) << 8) | (b1 & 0xFF)];
    }

    /** Parses "OB", and takes the first VR of dictionary entries like "US or SS"; null when unknown. */
    public static VR parse(String s) {
        if (s == null || s.length() < 2) {
            return null;
        }
        return fromCode(s.charAt(0), s.charAt(1));
    }

    private static int code(String s) {
        return (s.charAt(0) << 8) | s.charAt(1);
    }
}

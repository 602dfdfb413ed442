package eu.eucaim.workstation.dicom;

import eu.eucaim.workstation.dicom.charset.SpecificCharacterSet;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns raw value bytes into strings and numbers (and numbers back into bytes) for a VR. */
public final class ValueCodec {

    private static final String[] NO_STRINGS = new String[0];

    private ValueCodec() {}

    /**
     * The values of a string VR: decoded with the character set, split at backslashes (except for the
     * single-valued text VRs), and trimmed the way dcmtk and pydicom do: leading and trailing spaces for
     * most VRs, only trailing ones for LT/ST/UT/UR; trailing NULs always (UI pads with NUL).
     */
    public static String[] strings(byte[] data, VR vr, SpecificCharacterSet cs) {
        if (data.length == 0) {
            return NO_STRINGS;
        }
        String all = vr == VR.UI
                        || vr == VR.DA
                        || vr == VR.TM
                        || vr == VR.DT
                        || vr == VR.CS
                        || vr == VR.AS
                        || vr == VR.IS
                        || vr == VR.DS
                        || vr == VR.AE
                ? new String(data, StandardCharsets.ISO_8859_1)
                : cs.decode(data, 0, data.length, vr == VR.PN);
        boolean text = vr.kind() == VR.Kind.TEXT;
        if (text) {
            return new String[] {trimEnd(all)};
        }
        List<String> parts = split(all);
        String[] out = new String[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vr == VR.UI ? trim(parts.get(i)) : trimSpaces(parts.get(i));
        }
        return out;
    }

    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == ' ') {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == 0)) {
            e--;
        }
        return b == 0 && e == s.length() ? s : s.substring(b, e);
    }

    /** Leading and trailing spaces only: dcmtk keeps NULs in string values other than UI. */
    static String trimSpaces(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == ' ') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == ' ') {
            e--;
        }
        return b == 0 && e == s.length() ? s : s.substring(b, e);
    }

    static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == 0)) {
            e--;
        }
        return e == s.length() ? s : s.substring(0, e);
    }

    /** Number of whole binary numbers in the value. */
    public static int count(byte[] data, VR vr) {
        int size = vr.numberSize();
        return size == 0 ? 0 : data.length / size;
    }

    /** The i-th binary number as a long (unsigned VRs are zero-extended; UV above 2^63 wraps). */
    public static long longAt(byte[] data, VR vr, int i, ByteOrder order) {
        ByteBuffer bb = ByteBuffer.wrap(data).order(order);
        return switch (vr.kind()) {
            case INT16 -> bb.getShort(i * 2);
            case UINT16 -> bb.getShort(i * 2) & 0xFFFF;
            case INT32 -> bb.getInt(i * 4);
            case UINT32 -> bb.getInt(i * 4) & 0xFFFFFFFFL;
            case TAG -> ((long) (bb.getShort(i * 4) & 0xFFFF) << 16) | (bb.getShort(i * 4 + 2) & 0xFFFF);
            case INT64, UINT64 -> bb.getLong(i * 8);
            case FLOAT32 -> (long) bb.getFloat(i * 4);
            case FLOAT64 -> (long) bb.getDouble(i * 8);
            default -> throw new IllegalArgumentException(vr + " is not a binary number VR");
        };
    }

    public static double doubleAt(byte[] data, VR vr, int i, ByteOrder order) {
        ByteBuffer bb = ByteBuffer.wrap(data).order(order);
        return switch (vr.kind()) {
            case FLOAT32 -> bb.getFloat(i * 4);
            case FLOAT64 -> bb.getDouble(i * 8);
            case UINT64 -> unsignedToDouble(bb.getLong(i * 8));
            default -> longAt(data, vr, i, order);
        };
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** Encodes numbers for a binary VR in the given byte order. */
    public static byte[] encode(VR vr, ByteOrder order, double... values) {
        int size = vr.numberSize();
        if (size == 0) {
            throw new IllegalArgumentException(vr + " is not a binary number VR");
        }
        ByteBuffer bb = ByteBuffer.allocate(size * values.length).order(order);
        for (double v : values) {
            switch (vr.kind()) {
                case INT16, UINT16 -> bb.putShort((short) (long) v);
                case INT32, UINT32 -> bb.putInt((int) (long) v);
                case TAG -> {
                    long t = (long) v;
                    bb.putShort((short) (t >>> 16));
                    bb.putShort((short) t);
                }
                case INT64, UINT64 -> bb.putLong((long) v);
                case FLOAT32 -> bb.putFloat((float) v);
                default -> bb.putDouble(v);
            }
        }
        return bb.array();
    }

    /** Reverses every {@code unit}-byte group in place (converting between byte orders). */
    public static byte[] swap(byte[] data, int unit) {
        if (unit < 2) {
            return data;
        }
        byte[] out = data.clone();
        for (int i = 0; i + unit <= out.length; i += unit) {
            for (int a = i, b = i + unit - 1; a < b; a++, b--) {
                byte t = out[a];
                out[a] = out[b];
                out[b] = t;
            }
        }
        return out;
    }
}

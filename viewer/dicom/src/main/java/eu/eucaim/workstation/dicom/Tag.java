package eu.eucaim.workstation.dicom;

/**
 * A DICOM attribute tag: group in the high 16 bits, element in the low 16 bits.
 * Most of the code passes tags around as plain {@code int}s (no allocation in the parser);
 * this record is the typed face of the same number for APIs and messages.
 */
public record Tag(int value) implements Comparable<Tag> {

    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public static Tag of(int group, int element) {
        return new Tag(((group & 0xFFFF) << 16) | (element & 0xFFFF));
    }

    public int group() {
        return value >>> 16;
    }

    public int element() {
        return value & 0xFFFF;
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Private data elements live in odd groups above 0x0008 (PS3.5 7.8.1). */
    public static boolean isPrivate(int tag) {
        int group = tag >>> 16;
        return (group & 1) == 1 && group > 0x0008 && group != 0xFFFF;
    }

    /** (gggg,0010)-(gggg,00FF) in a private group reserve a block for a creator. */
    public static boolean isPrivateCreator(int tag) {
        int element = tag & 0xFFFF;
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    /** "(gggg,eeee)" with upper-case hex, as dcmtk prints tags. */
    public static String toString(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        c[5] = ',';
        c[10] = ')';
        hex(tag >>> 16, c, 1);
        hex(tag & 0xFFFF, c, 6);
        return new String(c);
    }

    /** "GGGGEEEE", the key of the DICOM JSON model (PS3.18 F.2.1). */
    public static String toHex(int tag) {
        char[] c = new char[8];
        hex(tag >>> 16, c, 0);
        hex(tag & 0xFFFF, c, 4);
        return new String(c);
    }

    /** Parses "GGGGEEEE" or "(GGGG,EEEE)"; returns -1 when the text is not a tag. */
    public static long parse(String text) {
        String s = text.length() == 11 && text.charAt(0) == '(' && text.charAt(5) == ',' && text.charAt(10) == ')'
                ? text.substring(1, 5) + text.substring(6, 10)
                : text;
        if (s.length() != 8) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static void hex(int v, char[] c, int at) {
        c[at] = HEX[(v >>> 12) & 0xF];
        c[at + 1] = HEX[(v >>> 8) & 0xF];
        c[at + 2] = HEX[(v >>> 4) & 0xF];
        c[at + 3] = HEX[v & 0xF];
    }

    @Override
    public int compareTo(Tag o) {
        return Integer.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return toString(value);
    }
}

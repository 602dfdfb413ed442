package eu.eucaim.workstation.dicom.charset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes and encodes string values per Specific Character Set (0008,0005), PS3.5 6.1 and PS3.3 C.12.1.1.2.
 * Single character sets map to a Java charset. ISO 2022 code extensions are decoded with a small state
 * machine over the escape sequences, going back to the initial state at value delimiters (and, for person
 * names, at '^' and '=' component delimiters) as PS3.5 6.1.2.5.3 requires.
 */
public final class SpecificCharacterSet {

    /** No (0008,0005): the default repertoire. ISO 8859-1 decodes any byte, so stray 8-bit text is kept. */
    public static final SpecificCharacterSet DEFAULT =
            new SpecificCharacterSet(new String[0], StandardCharsets.ISO_8859_1, null);

    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset GB2312 = Charset.forName("GB2312");

    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("ISO_IR 6", "ISO-8859-1"), Map.entry("ISO_IR 100", "ISO-8859-1"),
            Map.entry("ISO_IR 101", "ISO-8859-2"), Map.entry("ISO_IR 109", "ISO-8859-3"),
            Map.entry("ISO_IR 110", "ISO-8859-4"), Map.entry("ISO_IR 144", "ISO-8859-5"),
            Map.entry("ISO_IR 127", "ISO-8859-6"), Map.entry("ISO_IR 126", "ISO-8859-7"),
            Map.entry("ISO_IR 138", "ISO-8859-8"), Map.entry("ISO_IR 148", "ISO-8859-9"),
            Map.entry("ISO_IR 203", "ISO-8859-15"), Map.entry("ISO_IR 166", "TIS-620"),
            Map.entry("ISO_IR 13", "Shift_JIS"), Map.entry("ISO_IR 192", "UTF-8"),
            Map.entry("GB18030", "GB18030"), Map.entry("GBK", "GBK"));

    /** G1 single-byte sets of ISO 2022 terms, by their defined term. */
    private static final Map<String, String> ISO2022_G1 = Map.ofEntries(
            Map.entry("ISO 2022 IR 100", "ISO-8859-1"),
            Map.entry("ISO 2022 IR 101", "ISO-8859-2"),
            Map.entry("ISO 2022 IR 109", "ISO-8859-3"),
            Map.entry("ISO 2022 IR 110", "ISO-8859-4"),
            Map.entry("ISO 2022 IR 144", "ISO-8859-5"),
            Map.entry("ISO 2022 IR 127", "ISO-8859-6"),
            Map.entry("ISO 2022 IR 126", "ISO-8859-7"),
            Map.entry("ISO 2022 IR 138", "ISO-8859-8"),
            Map.entry("ISO 2022 IR 148", "ISO-8859-9"),
            Map.entry("ISO 2022 IR 203", "ISO-8859-15"),
            Map.entry("ISO 2022 IR 166", "TIS-620"));

    private final String[] terms;
    private final Charset single;
    /** Non-null for ISO 2022: the G1 set in force at the start of each value. */
    private final G1 initialG1;

    private SpecificCharacterSet(String[] terms, Charset single, G1 initialG1) {
        this.terms = terms;
        this.single = single;
        this.initialG1 = initialG1;
    }

    /** The character set for the values of (0008,0005); unknown terms fall back to the default repertoire. */
    public static SpecificCharacterSet of(String... values) {
        if (values == null || values.length == 0 || (values.length == 1 && values[0].isBlank())) {
            return DEFAULT;
        }
        String[] terms = new String[values.length];
        boolean iso2022 = false;
        for (int i = 0; i < values.length; i++) {
            terms[i] = values[i] == null ? "" : values[i].trim().toUpperCase(Locale.ROOT);
            iso2022 |= terms[i].startsWith("ISO 2022");
        }
        if (!iso2022 || terms.length == 0) {
            String name = SINGLE.get(terms[0]);
            return new SpecificCharacterSet(
                    terms, name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name), null);
        }
        return new SpecificCharacterSet(terms, null, initialG1(terms[0]));
    }

    private static G1 initialG1(String first) {
        if (first.equals("ISO 2022 IR 13")) {
            return G1.KATAKANA;
        } else if (first.equals("ISO 2022 IR 149")) {
            return G1.KSX1001;
        } else if (first.equals("ISO 2022 IR 58")) {
            return G1.GB2312;
        }
        String name = ISO2022_G1.get(first);
        return name == null ? G1.NONE : G1.singleByte(Charset.forName(name));
    }

    public List<String> terms() {
        return List.of(terms);
    }

    public boolean isIso2022() {
        return initialG1 != null;
    }

    /** True when strings of this set may be encoded as UTF-8 by the writer without changing their meaning. */
    public boolean isUtf8() {
        return single == StandardCharsets.UTF_8;
    }

    /** Decodes one whole element value (all its values, backslashes kept). */
    public String decode(byte[] bytes, int offset, int length, boolean personName) {
        if (single != null) {
            return new String(bytes, offset, length, single);
        }
        if (isAscii(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        return new Iso2022Decoder(initialG1, personName).decode(bytes, offset, length);
    }

    /** Encodes for writing. ISO 2022 sets are written as their G0 ASCII plus UTF-8 is not possible, so
     *  the writer uses this only for single sets; ISO 2022 text is encoded in ISO 8859-1. */
    public byte[] encode(String s) {
        return s.getBytes(single != null ? single : StandardCharsets.ISO_8859_1);
    }

    private static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (b[i] < 0 || b[i] == 0x1B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return terms.length == 0 ? "(default)" : String.join("\\", Arrays.asList(terms));
    }

    /** What the high (0x80-0xFF) bytes mean. */
    record G1(Charset charset, boolean twoByte) {
        static final G1 NONE = new G1(StandardCharsets.ISO_8859_1, false);
        static final G1 KATAKANA = new G1(SHIFT_JIS, false);
        static final G1 KSX1001 = new G1(EUC_KR, true);
        static final G1 GB2312 = new G1(SpecificCharacterSet.GB2312, true);

        static G1 singleByte(Charset cs) {
            return new G1(cs, false);
        }
    }

    /** What the low (0x00-0x7F) bytes mean. */
    private enum G0 {
        ASCII,
        JIS0208,
        JIS0212
    }

    /** One-shot decoder: collects runs of bytes in the same code element and decodes each run. */
    private static final class Iso2022Decoder {
        private final G1 initialG1;
        private final boolean personName;
        private final StringBuilder out = new StringBuilder();
        private final ByteArrayOutputStream run = new ByteArrayOutputStream();
        private G0 g0 = G0.ASCII;
        private G1 g1;
        /** The code element of the bytes in {@code run}: a G0 value or the G1 set. */
        private Object runKind = G0.ASCII;

        Iso2022Decoder(G1 initialG1, boolean personName) {
            this.initialG1 = initialG1;
            this.personName = personName;
            this.g1 = initialG1;
        }

        String decode(byte[] b, int off, int len) {
            int end = off + len;
            int i = off;
            while (i < end) {
                int c = b[i] & 0xFF;
                if (c == 0x1B) {
                    i = escape(b, i, end);
                    continue;
                }
                if (c >= 0x80) {
                    append(g1, c);
                } else if (g0 == G0.ASCII || c < 0x21) {
                    append(G0.ASCII, c);
                    if (isDelimiter(c)) {
                        g0 = G0.ASCII;
                        g1 = initialG1;
                    }
                } else {
                    append(g0, c);
                }
                i++;
            }
            flush();
            return out.toString();
        }

        private boolean isDelimiter(int c) {
            return c == '\\'
                    || c == '\r'
                    || c == '\n'
                    || c == '\t'
                    || c == '\f'
                    || (personName && (c == '^' || c == '='));
        }

        /** Applies the escape sequence at {@code i}; returns the index after it. Unknown ones are kept as text. */
        private int escape(byte[] b, int i, int end) {
            String seq = sequence(b, i, end);
            switch (seq) {
                case "(B", "(J" -> g0 = G0.ASCII;
                case "$B", "$@" -> g0 = G0.JIS0208;
                case "$(D" -> g0 = G0.JIS0212;
                case ")I" -> g1 = G1.KATAKANA;
                case "$)C" -> g1 = G1.KSX1001;
                case "$)A" -> g1 = G1.GB2312;
                default -> {
                    G1 single = latinG1(seq);
                    if (single == null) {
                        append(G0.ASCII, 0x1B);
                        return i + 1;
                    }
                    g1 = single;
                }
            }
            return i + 1 + seq.length();
        }

        private static G1 latinG1(String seq) {
            if (seq.length() != 2 || seq.charAt(0) != '-') {
                return null;
            }
            String name = switch (seq.charAt(1)) {
                case 'A' -> "ISO-8859-1";
                case 'B' -> "ISO-8859-2";
                case 'C' -> "ISO-8859-3";
                case 'D' -> "ISO-8859-4";
                case 'L' -> "ISO-8859-5";
                case 'G' -> "ISO-8859-6";
                case 'F' -> "ISO-8859-7";
                case 'H' -> "ISO-8859-8";
                case 'M' -> "ISO-8859-9";
                case 'b' -> "ISO-8859-15";
                case 'T' -> "TIS-620";
                default -> null;
            };
            return name == null ? null : G1.singleByte(Charset.forName(name));
        }

        /** The intermediate and final bytes after ESC (ESC I.. F, PS3.5 6.1.2.5.1). */
        private static String sequence(byte[] b, int i, int end) {
            StringBuilder sb = new StringBuilder(3);
            for (int j = i + 1; j < end && j < i + 4; j++) {
                int c = b[j] & 0xFF;
                sb.append((char) c);
                if (c >= 0x30 && c <= 0x7E) {
                    break;
                }
            }
            return sb.toString();
        }

        private void append(Object kind, int c) {
            if (kind != runKind) {
                flush();
                runKind = kind;
            }
            run.write(c);
        }

        private void flush() {
            if (run.size() == 0) {
                return;
            }
            byte[] bytes = run.toByteArray();
            run.reset();
            if (runKind == G0.ASCII) {
                out.append(new String(bytes, StandardCharsets.ISO_8859_1));
            } else if (runKind == G0.JIS0208) {
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] |= (byte) 0x80;
                }
                out.append(new String(bytes, EUC_JP));
            } else if (runKind == G0.JIS0212) {
                ByteArrayOutputStream euc = new ByteArrayOutputStream(bytes.length * 3 / 2 + 1);
                for (int k = 0; k + 1 < bytes.length; k += 2) {
                    euc.write(0x8F);
                    euc.write(bytes[k] | 0x80);
                    euc.write(bytes[k + 1] | 0x80);
                }
                out.append(new String(euc.toByteArray(), EUC_JP));
            } else {
                out.append(new String(bytes, ((G1) runKind).charset()));
            }
        }
    }
}

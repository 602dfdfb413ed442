package eu.eucaim.workstation.dicom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Number text for JSON: IS/DS keep the digits the file has when they already are a valid JSON number. */
final class JsonNumbers {

    private JsonNumbers() {}

    /** The JSON form of an IS/DS value, or null when it is not a number at all. */
    static String normalize(String s) {
        if (isJsonNumber(s)) {
            return s;
        }
        try {
            double d = Double.parseDouble(s.startsWith("+") ? s.substring(1) : s);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** RFC 8259 number grammar, checked by hand (no regex on the hot path). */
    static boolean isJsonNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i = digits(s, i + 1);
            if (i < 0) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            i = digits(s, i);
            if (i < 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The index after one or more digits starting at {@code i}, or -1 when there is none. */
    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j == i ? -1 : j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static void writeFloat(JsonGenerator g, float f) throws IOException {
        if (Float.isNaN(f) || Float.isInfinite(f)) {
            g.writeString(Float.toString(f)); // JSON has no NaN/Infinity
        } else if (f == Math.rint(f) && Math.abs(f) < 1e7) {
            g.writeNumber((long) f);
        } else {
            g.writeNumber(f);
        }
    }

    static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            g.writeString(Double.toString(d));
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }
}

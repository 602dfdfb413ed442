package eu.eucaim.workstation.app.fx;

import java.util.Locale;

/** Number formats shared by all tabs (grouped thousands, same in every locale the UI is written in). */
public final class Formats {
    private Formats() {}

    public static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "1 subject", "1,234 subjects". */
    public static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }
}

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

    /** A file size: "812 bytes", "34.5 kB", "4.2 MB" (decimal units, as file managers show them). */
    public static String bytes(long n) {
        if (n < 1_000) {
            return n + (n == 1 ? " byte" : " bytes");
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1_000.0);
        }
        if (n < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1_000_000.0);
        }
        return String.format(Locale.ROOT, "%.1f GB", n / 1_000_000_000.0);
    }
}

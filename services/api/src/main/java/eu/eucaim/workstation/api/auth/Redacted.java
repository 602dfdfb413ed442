package eu.eucaim.workstation.api.auth;

/** How secrets appear in {@code toString()}: whether there is one, never its value. */
public final class Redacted {
    private Redacted() {}

    public static String of(String secret) {
        return secret == null ? "null" : "***";
    }
}

package eu.eucaim.workstation.app.settings;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail notifications (SMTP) of the embedded node, as kept in {@code settings.json}: off by default. The password is
 * not here: it is kept in the OS keyring (the shell's KeptPassword).
 *
 * @param enabled  whether the embedded node sends the Negotiator's notifications by e-mail
 * @param host     the SMTP server, a host name without scheme or port
 * @param port     its port, 1..65535
 * @param username the account to sign in with; blank for a server that takes mail without signing in
 * @param from     the sender address of the e-mails
 */
public record MailSettings(
        Boolean enabled, String host, Integer port, MailSecurity security, String username, String from) {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    /** Enough to catch a typo; the node reads the address in full. */
    private static final Pattern ADDRESS = Pattern.compile("([^<>]*<)?[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+>?");

    public static MailSettings defaults() {
        return new MailSettings(false, "", MailSecurity.STARTTLS.defaultPort, MailSecurity.STARTTLS, "", "");
    }

    /** Missing fields (an older file) filled with the defaults. */
    public MailSettings normalised() {
        MailSettings d = defaults();
        return new MailSettings(
                enabled == null ? d.enabled : enabled,
                host == null ? d.host : host.strip(),
                port == null || port < 1 || port > 65_535 ? d.port : port,
                security == null ? d.security : security,
                username == null ? d.username : username.strip(),
                from == null ? d.from : from.strip());
    }

    public boolean on() {
        return Boolean.TRUE.equals(enabled);
    }

    /**
     * What keeps these fields from working, or empty; nothing when e-mail is off.
     *
     * @param portText       the port as typed
     * @param passwordTyped  whether a new password was typed (it needs a user name)
     */
    public static Optional<String> problem(
            boolean enabled, String host, String portText, String username, String from, boolean passwordTyped) {
        if (!enabled) {
            return Optional.empty();
        }
        String h = host == null ? "" : host.strip();
        if (h.isEmpty()) {
            return Optional.of("E-mail: enter the SMTP server's host name, e.g. smtp.example.org");
        }
        if (!HOST.matcher(h).matches()) {
            return Optional.of(
                    "E-mail: enter the SMTP server's host name alone, e.g. smtp.example.org, without smtp:// or a port");
        }
        if (port(portText).isEmpty()) {
            return Optional.of("E-mail: the SMTP port must be a number from 1 to 65535");
        }
        String f = from == null ? "" : from.strip();
        if (f.isEmpty()) {
            return Optional.of("E-mail: enter the sender address, e.g. negotiator@node.example.org");
        }
        if (!ADDRESS.matcher(f).matches()) {
            return Optional.of(
                    "E-mail: '" + f + "' is not an e-mail address; expected e.g. negotiator@node.example.org");
        }
        if (passwordTyped && (username == null || username.isBlank())) {
            return Optional.of("E-mail: a password needs the user name it belongs to");
        }
        return Optional.empty();
    }

    /** The port typed, if it is one (1..65535). */
    public static Optional<Integer> port(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int p = Integer.parseInt(t);
        return p >= 1 && p <= 65_535 ? Optional.of(p) : Optional.empty();
    }
}

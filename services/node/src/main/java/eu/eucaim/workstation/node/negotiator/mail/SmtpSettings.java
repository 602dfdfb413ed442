package eu.eucaim.workstation.node.negotiator.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the node sends its Negotiator e-mails: an SMTP server it signs in to (or not). A node without these sends
 * nothing; its e-mails wait in the outbox.
 *
 * @param host     the server's host name or address, without scheme or port, e.g. {@code smtp.example.org}
 * @param port     1..65535; usually 587 with STARTTLS, 465 with TLS, 25 without
 * @param security how the connection is protected; the server's certificate is always verified (trusted by the
 *                 JVM and issued for {@code host})
 * @param username the account to sign in with, or null (blank) for a server that takes mail without signing in
 * @param password that account's password; never logged, never in {@link #toString()}
 * @param from     the sender, an address such as {@code negotiator@node.example.org} or
 *                 {@code EUCAIM Negotiator <negotiator@node.example.org>}
 */
public record SmtpSettings(String host, int port, Security security, String username, String password, String from) {
    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP: only for a relay on the same machine or a trusted network. */
        NONE,
        /** Plain connection upgraded with STARTTLS before anything is sent; a server that cannot is refused. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, "implicit TLS"). */
        TLS;

        /** The port usually used with this kind of connection. */
        public int defaultPort() {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
        }
    }

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    public SmtpSettings {
        host = host == null ? "" : host.strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("The SMTP server's host name is missing, e.g. smtp.example.org");
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name: give the SMTP server's name alone,"
                    + " e.g. smtp.example.org, without smtp:// or a port");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The SMTP port must be 1..65535, got " + port);
        }
        if (security == null) {
            throw new IllegalArgumentException("Say how the SMTP connection is protected: NONE, STARTTLS or TLS");
        }
        username = username == null || username.isBlank() ? null : username.strip();
        password = password == null || password.isEmpty() ? null : password;
        if (password != null && username == null) {
            throw new IllegalArgumentException("An SMTP password is given without a user name");
        }
        from = checkedSender(from);
    }

    /** Without signing in. */
    public static SmtpSettings withoutSignIn(String host, int port, Security security, String from) {
        return new SmtpSettings(host, port, security, null, null, from);
    }

    /** Reads a security word as given on a command line or in settings: none, starttls, tls (any case). */
    public static Security security(String word) {
        try {
            return Security.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "The SMTP security must be NONE, STARTTLS or TLS, got '" + word + "'", e);
        }
    }

    private static String checkedSender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(
                    "The sender address of the node's e-mails is missing, e.g. negotiator@node.example.org");
        }
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            if (address.getAddress() == null || !address.getAddress().contains("@")) {
                throw new AddressException("no @");
            }
            return from.strip();
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "'" + from + "' is not a sender address; expected e.g. negotiator@node.example.org", e);
        }
    }

    /** Where mail goes, for logs: {@code smtp.example.org:587 (STARTTLS, as user@example.org)}; no password. */
    public String describe() {
        return host + ":" + port + " (" + security + (username == null ? "" : ", as " + username) + ")";
    }

    /** Never prints the password: settings end up in logs. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", from=" + from + "]";
    }
}

package eu.eucaim.workstation.app.settings;

/** How the embedded node's connection to its SMTP server is protected (the node's SmtpSettings.Security). */
public enum MailSecurity {
    STARTTLS(587, "STARTTLS (usually port 587)"),
    TLS(465, "TLS from the start (usually port 465)"),
    NONE(25, "None: only for a relay on this computer or a trusted network");

    public final int defaultPort;
    public final String label;

    MailSecurity(int defaultPort, String label) {
        this.defaultPort = defaultPort;
        this.label = label;
    }
}

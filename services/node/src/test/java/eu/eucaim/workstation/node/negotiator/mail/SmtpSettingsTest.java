package eu.eucaim.workstation.node.negotiator.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
    private static final String FROM = "negotiator@node.example.org";

    @Test
    void keepsWhatIsGivenAndNeverShowsThePassword() {
        SmtpSettings s = new SmtpSettings(
                " smtp.example.org ", 587, SmtpSettings.Security.STARTTLS, " node ", "pa ss", "Node <" + FROM + ">");
        assertThat(s.host()).isEqualTo("smtp.example.org");
        assertThat(s.username()).isEqualTo("node");
        assertThat(s.password()).isEqualTo("pa ss");
        assertThat(s.toString()).doesNotContain("pa ss").contains("password=***");
        assertThat(s.describe())
                .isEqualTo("smtp.example.org:587 (STARTTLS, as node)")
                .doesNotContain("pa ss");
        assertThat(SmtpSettings.security("tls")).isEqualTo(SmtpSettings.Security.TLS);
        assertThat(SmtpSettings.Security.TLS.defaultPort()).isEqualTo(465);
    }

    @Test
    void refusesWhatCannotWorkWithAMessageThatSaysWhy() {
        SmtpSettings.Security tls = SmtpSettings.Security.TLS;
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn(" ", 465, tls, FROM))
                .hasMessageContaining("host name is missing");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp://smtp.example.org", 465, tls, FROM))
                .hasMessageContaining("without smtp:// or a port");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org:465", 465, tls, FROM))
                .hasMessageContaining("without smtp:// or a port");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org", 0, tls, FROM))
                .hasMessageContaining("1..65535, got 0");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org", 65_536, tls, FROM))
                .hasMessageContaining("1..65535, got 65536");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org", 465, null, FROM))
                .hasMessageContaining("NONE, STARTTLS or TLS");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.org", 465, tls, null, "secret", FROM))
                .hasMessageContaining("password is given without a user name")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org", 465, tls, ""))
                .hasMessageContaining("sender address")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> SmtpSettings.withoutSignIn("smtp.example.org", 465, tls, "node at example"))
                .hasMessageContaining("'node at example' is not a sender address");
        assertThatThrownBy(() -> SmtpSettings.security("ssl")).hasMessageContaining("got 'ssl'");
    }
}

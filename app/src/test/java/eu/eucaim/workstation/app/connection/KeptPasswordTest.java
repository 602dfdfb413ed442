package eu.eucaim.workstation.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.settings.MailSecurity;
import eu.eucaim.workstation.app.settings.MailSettings;
import eu.eucaim.workstation.client.auth.InMemorySecrets;
import eu.eucaim.workstation.client.auth.OsKeyring;
import eu.eucaim.workstation.client.auth.SecretStore;
import eu.eucaim.workstation.node.negotiator.mail.SmtpSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP password in the keyring, and the embedded node's SMTP settings made from the app's. */
class KeptPasswordTest {
    @TempDir
    Path dir;

    final List<String> notices = new ArrayList<>();

    private static Supplier<OsKeyring.Probe> keyring(SecretStore store) {
        return () -> new OsKeyring.Probe(Optional.ofNullable(store), store == null ? "no D-Bus session" : null);
    }

    @Test
    void aTypedPasswordIsUsedAtOnceThenKeptInTheKeyringForTheNextRun() {
        InMemorySecrets keyring = new InMemorySecrets();
        KeptPassword now = new KeptPassword(dir, keyring(keyring), notices::add);
        assertThat(now.read()).isEmpty();

        now.use("s3cret");
        assertThat(now.read()).contains("s3cret");
        assertThat(keyring.entries)
                .as("kept only once saved (off the FX thread)")
                .isEmpty();
        now.save();
        assertThat(keyring.entries).containsValue("s3cret");

        assertThat(new KeptPassword(dir, keyring(keyring), notices::add).read()).contains("s3cret");
        assertThat(new KeptPassword(dir.resolve("other"), keyring(keyring), notices::add).read())
                .as("one entry per settings folder")
                .isEmpty();

        now.use("");
        now.save();
        assertThat(keyring.entries).isEmpty();
        assertThat(now.read()).isEmpty();
        assertThat(notices).isEmpty();
        assertThat(now.toString()).doesNotContain("s3cret");
    }

    @Test
    void withoutAKeyringThePasswordLastsThisRunAndTheUserIsToldWithoutIt() {
        KeptPassword p = new KeptPassword(dir, keyring(null), notices::add);
        p.use("s3cret");
        p.save();
        assertThat(p.read()).contains("s3cret");
        assertThat(notices)
                .singleElement()
                .asString()
                .contains("No OS keyring (no D-Bus session)", "until the app closes")
                .doesNotContain("s3cret");
        assertThat(new KeptPassword(dir, keyring(null), notices::add).read()).isEmpty();
    }

    @Test
    void theEmbeddedNodeGetsSmtpSettingsOnlyWhenEmailIsOnAndUsable() {
        InMemorySecrets keyring = new InMemorySecrets();
        KeptPassword password = new KeptPassword(dir, keyring(keyring), notices::add);
        password.use("s3cret");
        NodeConnector connector = new NodeConnector(
                new UserDirectories(dir.resolve("data"), dir.resolve("config")),
                AccessTokenSource.fixed("t"),
                "test",
                notices::add,
                new CompletableFuture<>(),
                password);

        assertThat(connector.smtp(MailSettings.defaults())).as("off by default").isNull();
        MailSettings on =
                new MailSettings(true, "smtp.example.org", 465, MailSecurity.TLS, "node", "negotiator@example.org");
        SmtpSettings s = connector.smtp(on);
        assertThat(s)
                .isEqualTo(new SmtpSettings(
                        "smtp.example.org",
                        465,
                        SmtpSettings.Security.TLS,
                        "node",
                        "s3cret",
                        "negotiator@example.org"));
        assertThat(connector.smtp(new MailSettings(
                        true, "smtp.example.org", 25, MailSecurity.NONE, "", "negotiator@example.org")))
                .as("no user name: no sign-in, no password")
                .isEqualTo(SmtpSettings.withoutSignIn(
                        "smtp.example.org", 25, SmtpSettings.Security.NONE, "negotiator@example.org"));
        assertThat(notices).isEmpty();

        assertThat(connector.smtp(new MailSettings(true, "", 465, MailSecurity.TLS, "node", "negotiator@example.org")))
                .isNull();
        assertThat(notices)
                .singleElement()
                .asString()
                .startsWith("E-mail notifications are off: ")
                .contains("host");
    }
}

package eu.eucaim.workstation.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "E-mail notifications (SMTP)" part of Settings: off by default, checked when on, no password in the file. */
class MailSettingsFormTest {
    @TempDir
    Path dir;

    private static SettingsViewModel enabledForm() {
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults());
        MailForm mail = vm.mail();
        mail.enabledProperty().set(true);
        mail.hostProperty().set(" smtp.example.org ");
        mail.fromProperty().set("negotiator@node.example.org");
        return vm;
    }

    @Test
    void offByDefaultAndNothingToCheckWhileOff() {
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults());
        MailForm mail = vm.mail();
        assertThat(mail.enabledProperty().get()).isFalse();
        assertThat(mail.portProperty().get()).isEqualTo("587");
        assertThat(mail.securityProperty().get()).isEqualTo(MailSecurity.STARTTLS);
        mail.portProperty().set("not a port");
        assertThat(vm.validProperty().get())
                .as("nothing is checked while e-mail is off")
                .isTrue();
        assertThat(vm.result().mail()).isEqualTo(MailSettings.defaults()).matches(m -> !m.on());
    }

    @Test
    void whenOnEachFieldIsCheckedWithAClearMessage() {
        SettingsViewModel vm = enabledForm();
        MailForm mail = vm.mail();
        assertThat(vm.validProperty().get()).isTrue();

        mail.hostProperty().set(" ");
        assertThat(vm.problemProperty().get())
                .isEqualTo("E-mail: enter the SMTP server's host name, e.g. smtp.example.org");
        assertThat(vm.validProperty().get()).isFalse();
        mail.hostProperty().set("smtp://smtp.example.org");
        assertThat(mail.problemProperty().get()).contains("host name alone", "without smtp:// or a port");
        mail.hostProperty().set("smtp.example.org:587");
        assertThat(mail.problemProperty().get()).contains("without smtp:// or a port");
        mail.hostProperty().set("smtp.example.org");

        for (String bad : new String[] {"0", "65536", "99999", "-1", "587a", ""}) {
            mail.portProperty().set(bad);
            assertThat(vm.problemProperty().get())
                    .as(bad)
                    .isEqualTo("E-mail: the SMTP port must be a number from 1 to 65535");
        }
        mail.portProperty().set("1");
        assertThat(mail.problemProperty().get()).isNull();
        mail.portProperty().set("65535");
        assertThat(mail.problemProperty().get()).isNull();

        mail.fromProperty().set("");
        assertThat(mail.problemProperty().get()).contains("enter the sender address");
        mail.fromProperty().set("negotiator at example");
        assertThat(mail.problemProperty().get()).contains("'negotiator at example' is not an e-mail address");
        mail.fromProperty().set("EUCAIM Negotiator <negotiator@node.example.org>");
        assertThat(mail.problemProperty().get()).isNull();

        mail.passwordProperty().set("s3cret");
        assertThat(mail.problemProperty().get()).isEqualTo("E-mail: a password needs the user name it belongs to");
        mail.usernameProperty().set("node");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void theSecurityChoiceMovesAPortLeftAtItsUsualOne() {
        MailForm mail = enabledForm().mail();
        mail.securityProperty().set(MailSecurity.TLS);
        assertThat(mail.portProperty().get()).isEqualTo("465");
        mail.portProperty().set("2525");
        mail.securityProperty().set(MailSecurity.NONE);
        assertThat(mail.portProperty().get())
                .as("a port of the user's own stays")
                .isEqualTo("2525");
    }

    @Test
    void savedWithoutThePasswordWhichGoesToTheKeyringInstead() throws Exception {
        SettingsViewModel vm = enabledForm();
        MailForm mail = vm.mail();
        mail.securityProperty().set(MailSecurity.TLS);
        mail.usernameProperty().set(" node ");
        mail.passwordProperty().set("s3cret-smtp");
        Settings result = vm.result();
        assertThat(result.mail())
                .isEqualTo(new MailSettings(
                        true, "smtp.example.org", 465, MailSecurity.TLS, "node", "negotiator@node.example.org"));
        assertThat(mail.passwordChange()).contains("s3cret-smtp");

        Path file = dir.resolve("settings.json");
        StoredFile<Settings> store = SettingsStore.at(file);
        store.save(result);
        assertThat(Files.readString(file)).contains("smtp.example.org").doesNotContain("s3cret");
        assertThat(store.load().value()).isEqualTo(result);

        // the next time: the field starts empty, and empty keeps the kept password
        SettingsViewModel again = new SettingsViewModel(store.load().value());
        assertThat(again.mail().passwordProperty().get()).isEmpty();
        assertThat(again.mail().passwordChange()).isEmpty();
        again.mail().usernameProperty().set("");
        assertThat(again.mail().passwordChange()).as("no user name: forget it").isEqualTo(Optional.of(""));
    }

    @Test
    void anOlderFileWithoutEmailHasItOff() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"nodeMode\":\"EMBEDDED\",\"mail\":{\"host\":\"smtp.example.org\"}}");
        MailSettings m = SettingsStore.at(file).load().value().mail();
        assertThat(m.on()).isFalse();
        assertThat(m.host()).isEqualTo("smtp.example.org");
        assertThat(m.port()).isEqualTo(587);
        Files.writeString(file, "{\"nodeMode\":\"EMBEDDED\"}");
        assertThat(SettingsStore.at(file).load().value().mail()).isEqualTo(MailSettings.defaults());
    }
}

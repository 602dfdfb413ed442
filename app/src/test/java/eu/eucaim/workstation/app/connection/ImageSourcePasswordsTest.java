package eu.eucaim.workstation.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourcePasswordsTest {
    @TempDir
    Path config;

    /** What Settings was given is what the Viewer reads, with no keyring asked (a password used wins over it). */
    @Test
    void oneSourceAndUserIsOnePasswordForTheRun() {
        ImageSourcePasswords passwords = new ImageSourcePasswords(config, line -> {});
        passwords.of("http://127.0.0.1:8042/dicom-web", "pacs").use("s3cr3t");

        assertThat(passwords.of("http://127.0.0.1:8042/dicom-web", "pacs").read())
                .contains("s3cr3t");
        assertThat(passwords.of("http://127.0.0.1:8042/dicom-web", "pacs"))
                .isSameAs(passwords.of("http://127.0.0.1:8042/dicom-web", "pacs"));
        assertThat(passwords.of("http://127.0.0.1:8042/dicom-web", "other"))
                .isNotSameAs(passwords.of("http://127.0.0.1:8042/dicom-web", "pacs"));
        assertThat(passwords.of("http://127.0.0.1:9042/dicom-web", "pacs"))
                .isNotSameAs(passwords.of("http://127.0.0.1:8042/dicom-web", "pacs"));
    }
}

package eu.eucaim.workstation.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourcesFormTest {
    @TempDir
    Path dir;

    @Test
    void aBadEntrySaysWhatIsWrongAndKeepsWhatWasTyped() {
        ImageSourcesForm form = new ImageSourcesForm(List.of());
        form.nameProperty().set("PACS");
        form.urlProperty().set("pacs.example.org/dicom-web");
        assertThat(form.add()).isFalse();
        assertThat(form.problemProperty().get()).contains("'pacs.example.org/dicom-web' is not a DICOMweb address");
        assertThat(form.nameProperty().get()).isEqualTo("PACS");

        form.urlProperty().set("https://pacs.example.org/dicom-web/");
        form.userProperty().set("reader");
        assertThat(form.add()).isFalse();
        assertThat(form.problemProperty().get()).startsWith("Enter the password of reader");

        form.passwordProperty().set("s3cret");
        assertThat(form.add()).isTrue();
        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(form.entries())
                .containsExactly(new ImageSourceEntry(
                        "PACS", "https://pacs.example.org/dicom-web", ImageSource.Auth.BASIC, "reader"));
        assertThat(form.typedPasswords())
                .containsEntry(ImageSourcesForm.passwordKey("https://pacs.example.org/dicom-web", "reader"), "s3cret");

        form.nameProperty().set("pacs");
        form.urlProperty().set("http://127.0.0.1:8042/dicom-web");
        assertThat(form.add()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo("There is an image source named 'pacs' already");
    }

    @Test
    void sourcesAreKeptInTheSettingsFileWithoutPasswords() throws Exception {
        ImageSourceEntry orthanc =
                new ImageSourceEntry("Orthanc", "http://127.0.0.1:8042/dicom-web", ImageSource.Auth.NONE, "");
        Settings s = Settings.defaults().withImageSources(List.of(orthanc));
        Path file = dir.resolve("settings.json");
        eu.eucaim.workstation.api.Json.mapper().writeValue(file.toFile(), s);
        String text = java.nio.file.Files.readString(file);
        assertThat(text).contains("\"imageSources\"").doesNotContain("password");
        Settings back = eu.eucaim.workstation.api.Json.mapper().readValue(file.toFile(), Settings.class);
        assertThat(back.normalised().imageSources()).containsExactly(orthanc);
        assertThat(eu.eucaim.workstation.api.Json.mapper()
                        .readValue("{}", Settings.class)
                        .normalised()
                        .imageSources())
                .isEmpty();
    }
}

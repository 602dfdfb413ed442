package eu.eucaim.workstation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.settings.AppSettings;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File choosers start in the folder used last, else the documents folder, never the working directory. */
class StartFolderTest {
    @TempDir
    Path temp;

    private AppSettings settings() {
        return new AppSettings(
                SettingsStore.in(new UserDirectories(temp.resolve("data"), temp.resolve("config"))),
                Settings.defaults(),
                Runnable::run);
    }

    @Test
    void theDocumentsFolderFirstThenTheLastOneUsed() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        AppSettings settings = settings();
        StartFolder folders = new StartFolder(settings, home);
        assertThat(folders.start()).as("no Documents folder: home").isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(folders.start()).isEqualTo(documents);

        Path reports = Files.createDirectories(temp.resolve("reports"));
        folders.used(reports.resolve("eucaim-query-report.json"));
        assertThat(folders.start()).isEqualTo(reports.toAbsolutePath());
        assertThat(settings.get().lastFolder())
                .as("kept across restarts")
                .isEqualTo(reports.toAbsolutePath().toString());

        Files.delete(reports);
        assertThat(folders.start()).as("a folder that is gone is skipped").isEqualTo(documents);
    }
}

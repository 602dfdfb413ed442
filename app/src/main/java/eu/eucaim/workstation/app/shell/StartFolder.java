package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.settings.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where file choosers start: the folder the user saved to or opened from last (kept in the settings), else their
 * documents folder, else their home; never the working directory the app happened to start in.
 */
public final class StartFolder {
    private final AppSettings settings;
    private final Path home;

    public StartFolder(AppSettings settings, Path home) {
        this.settings = settings;
        this.home = home;
    }

    /** The folder to start in; one that no longer exists is skipped. */
    Path start() {
        String last = settings.get().lastFolder();
        if (last != null && !last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** {@code chosen} was saved or opened: its folder is where the next chooser starts. */
    void used(Path chosen) {
        Path folder =
                Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            settings.update(s -> s.withLastFolder(folder.toString()), failure -> {});
        }
    }
}

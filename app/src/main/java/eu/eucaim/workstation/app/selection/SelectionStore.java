package eu.eucaim.workstation.app.selection;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.settings.StoredFile;
import java.util.List;

/** {@code selection.json} in the user's config folder. */
public final class SelectionStore {
    private SelectionStore() {}

    public static StoredFile<SelectionFile> in(UserDirectories dirs) {
        return new StoredFile<>(
                dirs.config().resolve("selection.json"),
                SelectionFile.class,
                "selection",
                new SelectionFile(List.of()),
                SelectionFile::checked);
    }
}

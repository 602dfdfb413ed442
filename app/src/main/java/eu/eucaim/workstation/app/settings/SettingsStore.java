package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.api.platform.UserDirectories;
import java.nio.file.Path;

/** {@code settings.json} in the user's config folder. */
public final class SettingsStore {
    private SettingsStore() {}

    public static StoredFile<Settings> in(UserDirectories dirs) {
        return at(dirs.config().resolve("settings.json"));
    }

    public static StoredFile<Settings> at(Path file) {
        return new StoredFile<>(file, Settings.class, "settings", Settings.defaults(), SettingsStore::check);
    }

    /** A remote node with an unusable URL (or the platform with an unusable address) is as bad as a corrupt file: start on the embedded node and say so. */
    private static Settings check(Settings read) {
        Settings s = read.normalised();
        if (s.nodeMode() == NodeMode.REMOTE) {
            NodeUrls.problem(s.nodeUrl()).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        if (s.nodeMode() == NodeMode.PLATFORM) {
            s.platform().problem().ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
        ProviderUrls.problem(String.join("\n", s.queryProviders())).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return s;
    }
}

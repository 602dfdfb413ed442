package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workstation keeps its data and settings, per platform: XDG on Linux ({@code $XDG_DATA_HOME/eucaim},
 * {@code $XDG_CONFIG_HOME/eucaim}), {@code %APPDATA%\EUCAIM} on Windows, {@code ~/Library/Application Support/EUCAIM}
 * on macOS. The system property {@code eucaim.home} (or the environment variable {@code EUCAIM_HOME}) overrides
 * both with one folder, which tests and portable installs use. Both folders are private to the user (see
 * {@link #makePrivate}): the config folder holds the sign-in, the data folder the embedded node's database.
 */
public record UserDirectories(Path data, Path config) {
    private static final System.Logger LOG = System.getLogger(UserDirectories.class.getName());

    /** The current user's folders, made private ({@link #makePrivate}) before anything is written there. */
    public static UserDirectories detect() {
        UserDirectories dirs = detect(
                System.getProperty("os.name", ""),
                System.getenv(),
                System.getProperty("user.home"),
                System.getProperty("eucaim.home"));
        dirs.makePrivate();
        return dirs;
    }

    /**
     * Creates both folders private to the user (mode 700; on Windows an ACL for the user only), and makes an
     * existing one private when other users may use it, saying so in the log: they are the app's own folders, which
     * versions before this one created with the default mode (755 on most systems). A folder that cannot be changed
     * is logged and left as it is; the first write there then reports its own error.
     */
    public void makePrivate() {
        for (Path dir : List.of(data, config)) {
            try {
                if (!Files.isDirectory(dir)) {
                    OwnerOnly.createFolders(dir);
                    continue;
                }
                Optional<String> open = OwnerOnly.openToOthers(dir);
                if (open.isPresent()) {
                    OwnerOnly.restrict(dir);
                    LOG.log(
                            System.Logger.Level.INFO,
                            "Made {0} private to you: other users could use it ({1})",
                            dir,
                            open.get());
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot make {0} private to you: {1}", dir, e.toString());
            }
        }
    }

    static UserDirectories detect(String osName, Map<String, String> env, String userHome, String override) {
        String home = override != null && !override.isBlank() ? override : env.get("EUCAIM_HOME");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new UserDirectories(root.resolve("data"), root.resolve("config"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path userHomePath = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.getOrDefault(
                    "APPDATA", userHomePath.resolve("AppData/Roaming").toString());
            Path root = Path.of(appData, "EUCAIM");
            return new UserDirectories(root.resolve("data"), root.resolve("config"));
        }
        if (os.contains("mac")) {
            Path root = userHomePath.resolve("Library/Application Support/EUCAIM");
            return new UserDirectories(root.resolve("data"), root.resolve("config"));
        }
        Path data = xdg(env.get("XDG_DATA_HOME"), userHomePath.resolve(".local/share"))
                .resolve("eucaim");
        Path config =
                xdg(env.get("XDG_CONFIG_HOME"), userHomePath.resolve(".config")).resolve("eucaim");
        return new UserDirectories(data, config);
    }

    private static Path xdg(String value, Path fallback) {
        // The XDG spec says relative values are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}

package eu.eucaim.workstation.api.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workstation keeps its data and settings, per platform: XDG on Linux ({@code $XDG_DATA_HOME/eucaim},
 * {@code $XDG_CONFIG_HOME/eucaim}), {@code %APPDATA%\EUCAIM} on Windows, {@code ~/Library/Application Support/EUCAIM}
 * on macOS. The system property {@code eucaim.home} (or the environment variable {@code EUCAIM_HOME}) overrides
 * both with one folder, which tests and portable installs use.
 */
public record UserDirectories(Path data, Path config) {

    public static UserDirectories detect() {
        return detect(
                System.getProperty("os.name", ""),
                System.getenv(),
                System.getProperty("user.home"),
                System.getProperty("eucaim.home"));
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

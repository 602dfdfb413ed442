package eu.eucaim.workstation.app.connection;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The image sources' HTTP Basic passwords for the whole run: one {@link KeptPassword} per source and user, so that
 * the password typed in Settings is the one the Viewer signs in with, whether or not there is a keyring to keep it
 * in (without one, it lives only in that object until the app closes).
 */
public final class ImageSourcePasswords {
    private final Path configDir;
    private final Consumer<String> notice;
    private final Map<String, KeptPassword> kept = new ConcurrentHashMap<>();

    /** @param notice gets one line when a password cannot be kept or read (never the password) */
    public ImageSourcePasswords(Path configDir, Consumer<String> notice) {
        this.configDir = configDir;
        this.notice = notice;
    }

    /** The password of {@code user} at the image source {@code url} (its address as the source states it). */
    public KeptPassword of(String url, String user) {
        return kept.computeIfAbsent(user + "@" + url, key -> KeptPassword.imageSource(configDir, url, user, notice));
    }
}

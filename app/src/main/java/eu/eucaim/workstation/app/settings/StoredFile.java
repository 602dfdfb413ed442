package eu.eucaim.workstation.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One of the app's JSON files with the rule every one of them follows: missing means defaults; unreadable means
 * defaults plus a sentence for the user, and the bad file is kept aside rather than overwritten.
 *
 * @param <T> what the file holds
 */
public final class StoredFile<T> {

    /** What {@link #load()} found: the value to use and, when the file was bad, what to tell the user. */
    public record Loaded<T>(T value, String warning) {}

    private final Path file;
    private final Class<T> type;
    private final String what;
    private final T defaults;
    private final Function<T, T> check;

    /**
     * @param what  how to name the file to the user, e.g. "settings"
     * @param check normalises a value read from the file; throws IllegalArgumentException if it is unusable
     */
    public StoredFile(Path file, Class<T> type, String what, T defaults, Function<T, T> check) {
        this.file = file;
        this.type = type;
        this.what = what;
        this.defaults = defaults;
        this.check = check;
    }

    public Path file() {
        return file;
    }

    public Loaded<T> load() {
        if (!Files.exists(file)) {
            return new Loaded<>(defaults, null);
        }
        try {
            T value = JsonFiles.read(file, type);
            if (value == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return new Loaded<>(check.apply(value), null);
        } catch (NoSuchFileException e) {
            return new Loaded<>(defaults, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded<>(defaults, unreadable());
        }
    }

    private String unreadable() {
        try {
            Path aside = JsonFiles.setAside(file);
            return "Your " + what + " file could not be read, so the workstation started with default " + what
                    + ". The old file was kept as " + aside.getFileName() + ".";
        } catch (IOException e) {
            return "Your " + what + " file (" + file + ") could not be read, so the workstation started with default "
                    + what + ".";
        }
    }

    public void save(T value) throws IOException {
        JsonFiles.writeAtomically(file, value);
    }
}

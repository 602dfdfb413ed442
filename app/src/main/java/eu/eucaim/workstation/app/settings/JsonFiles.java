package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the app's small JSON files (settings, selection). Writes go to a temp file in the same folder
 * and are then moved over the old file, so a crash mid-write never leaves half a file behind.
 */
public final class JsonFiles {
    private JsonFiles() {}

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return Json.mapper().readValue(file.toFile(), type);
    }

    public static void writeAtomically(Path file, Object value) throws IOException {
        AtomicFile.write(
                file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, value));
    }

    /**
     * Moves a file that could not be read out of the way (keeping it for the user) and returns where it went.
     * Starting with defaults must not destroy what the user had.
     */
    public static Path setAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        return Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    }
}

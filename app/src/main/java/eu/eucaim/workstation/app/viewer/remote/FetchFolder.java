package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.platform.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder whole instances are fetched to before the library keeps them: one per running app ({@code
 * eucaim-fetch-<pid>}), readable by its user alone. An app killed while a series streamed leaves its folder with the
 * parts it was fetching; the next start deletes the folders of processes no longer running.
 */
public final class FetchFolder {
    static final String PREFIX = "eucaim-fetch-";

    private FetchFolder() {}

    /**
     * This process's fetch folder under {@code root}, made for its user alone (it holds images), after deleting those
     * of processes that are gone.
     */
    public static Path forThisProcess(Path root) {
        deleteStale(root);
        Path mine = root.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            make(mine);
        } catch (IOException e) {
            // made when the first instance is fetched, or that fetch says why it cannot be
        }
        return mine;
    }

    /**
     * Makes {@code folder} (and what is missing above it) for its user alone, if it is not there: at start, and again
     * when a fetch finds it removed under the running app (a clean-up of the temporary folder).
     */
    static void make(Path folder) throws IOException {
        OwnerOnly.createFolders(folder);
    }

    /** Deletes every fetch folder under {@code root} whose process is not running; returns how many. */
    static int deleteStale(Path root) {
        int deleted = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path f : folders.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(PREFIX) && !running(name.substring(PREFIX.length())) && deleteTree(f)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // no temp folder to read: nothing to clean
        }
        return deleted;
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours: leave it
        }
    }

    private static boolean deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException e) {
            return false; // another app cleaning at the same time, or a file held open: the next start tries again
        }
    }

    /** A new name in {@code folder} (made if it is missing): a file there is written whole before the library takes it. */
    static Path newFile(Path folder) throws IOException {
        make(folder);
        return folder.resolve("fetch-" + java.util.UUID.randomUUID() + ".part");
    }

    /** {@code bytes} in a new file of {@code folder}; nothing is left behind when it cannot be written. */
    static Path write(Path folder, byte[] bytes) throws IOException {
        Path file = newFile(folder);
        try {
            return Files.write(file, bytes);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Deletes a fetched file (none: null) if it is there; one that cannot be is cleaned at the next start. */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the fetch folder is cleaned at the next start
        }
    }
}

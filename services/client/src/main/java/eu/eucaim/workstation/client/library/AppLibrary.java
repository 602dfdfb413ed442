package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.LibraryInUseException;
import eu.eucaim.workstation.client.samples.OfflineLibraryIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Opens the app's one offline library. A library still being closed by the app's previous connection (a
 * reconnect, a restart in the same process) is waited for, a few seconds; one another EUCAIM Workstation holds
 * is not shared: this app then keeps what it views in a library of its own in a temporary folder, removed when it
 * closes, and the user is told why.
 */
public final class AppLibrary {
    static final long WAIT_MILLIS = 5_000;

    private AppLibrary() {}

    public static ImageLibrary open(Path libraryRoot, long limitBytes, Consumer<String> warn) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            try {
                return LocalImageLibrary.openWithSamples(libraryRoot, limitBytes);
            } catch (LibraryInUseException inUse) {
                if (System.currentTimeMillis() > deadline) {
                    warn.accept(inUse.getMessage() + ": the images viewed now are kept only until this window closes");
                    return temporary(libraryRoot, limitBytes);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return temporary(libraryRoot, limitBytes);
                }
            }
        }
    }

    private static ImageLibrary temporary(Path libraryRoot, long limitBytes) {
        try {
            Path dir = Files.createTempDirectory("eucaim-library-");
            return LocalImageLibrary.open(dir, limitBytes, new OfflineLibraryIndex(libraryRoot))
                    .afterClose(() -> deleteTree(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary offline library: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: the system's cleaning takes what is left
        }
    }
}

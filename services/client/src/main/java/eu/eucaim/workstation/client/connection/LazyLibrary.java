package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.client.library.AppLibrary;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The app's one offline library as a backend hands it out: opened on first use (it takes a file lock, which another
 * app may hold), closed with the backend, never reopened after that.
 */
final class LazyLibrary implements AutoCloseable {
    private final Path root;
    private final Consumer<String> warn;
    private ImageLibrary library;
    private boolean closed;

    LazyLibrary(Path root, Consumer<String> warn) {
        this.root = root;
        this.warn = warn;
    }

    synchronized ImageLibrary get() {
        if (library == null) {
            if (closed) {
                throw new IllegalStateException("This connection is closed");
            }
            library = AppLibrary.open(root, ImageLibrary.DEFAULT_LIMIT_BYTES, warn);
        }
        return library;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (library != null) {
            library.close();
        }
    }
}

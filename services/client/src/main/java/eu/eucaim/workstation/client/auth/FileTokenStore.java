package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tokens in a JSON file only the user can read, written with {@link AtomicFile#writeOwnerOnly} (mode 600 from
 * creation on POSIX systems, written to a temporary file and moved into place). On Windows the file inherits the
 * ACL of the user's profile folder, which is where callers put it ({@code UserDirectories}).
 */
public final class FileTokenStore implements TokenStore {
    private final Path file;
    private final SignInLock lock;

    /** A file only this process changes (no lock). */
    public FileTokenStore(Path file) {
        this(file, null);
    }

    /** @param lock shared with the other processes that use this file; null for none */
    FileTokenStore(Path file, SignInLock lock) {
        this.file = file;
        this.lock = lock;
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        return lock == null ? work.get() : lock.holding(work);
    }

    @Override
    public Optional<TokenSet> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), TokenSet.class));
        } catch (IOException e) {
            // A damaged file is a signed-out state, not an error the user can act on; the path is safe to show.
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(TokenSet tokens) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(tokens);
            AtomicFile.writeOwnerOnly(file, out -> out.write(json));
        } catch (IOException e) {
            throw new AuthException("Cannot save the sign-in to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new AuthException("Cannot remove the saved sign-in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }
}

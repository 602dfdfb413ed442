package eu.eucaim.workstation.client.auth;

import eu.eucaim.workstation.api.Json;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Tokens in a JSON file only the user can read: created with mode 600 on POSIX systems (never world-readable, not
 * even for a moment), written to a temporary file and moved into place. On Windows the file inherits the ACL of the
 * user's profile folder, which is where callers put it ({@code UserDirectories}).
 */
public final class FileTokenStore implements TokenStore {
    private final Path file;

    public FileTokenStore(Path file) {
        this.file = file;
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
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = posix()
                    ? Files.createTempFile(dir, ".tokens", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, ".tokens", ".tmp");
            try {
                Files.write(temp, Json.mapper().writeValueAsBytes(tokens));
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
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

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }
}

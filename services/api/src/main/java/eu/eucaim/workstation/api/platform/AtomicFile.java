package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temp file in the same folder, moved over the target at the end: a crash or an error
 * mid-write never leaves half a file behind, and a file that was there stays as it was.
 */
public final class AtomicFile {

    /** Writes the content; the stream is closed afterwards by {@link #write}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Creates the folder if needed. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, new FileAttribute<?>[0]);
    }

    /**
     * As {@link #write}, for secrets: on POSIX systems the file is created with mode 600, so it is never readable
     * by others, not even for a moment. Elsewhere it inherits the folder's ACL (callers put it in the user's
     * profile, see {@link UserDirectories}).
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        write(
                target,
                content,
                posix
                        ? new FileAttribute<?>[] {
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                        }
                        : new FileAttribute<?>[0]);
    }

    private static void write(Path target, Content content, FileAttribute<?>[] attributes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

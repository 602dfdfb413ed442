package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private AtomicFile() {}

    /** Creates the folder if needed. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write}, for secrets: on POSIX systems the file is created with mode 600, so it is never readable
     * by others, not even for a moment; elsewhere (Windows) the temporary file gets an ACL for its owner only
     * before anything is written to it. Missing folders are created private ({@link OwnerOnly#createFolders}).
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (ownerOnly) {
            OwnerOnly.createFolders(dir);
        } else {
            Files.createDirectories(dir);
        }
        FileAttribute<?>[] attributes =
                ownerOnly && posix ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part", attributes);
        try {
            if (ownerOnly && !posix) {
                OwnerOnly.restrict(temp);
            }
            // Opened as created (empty), not truncated: ext4 writes a file truncated to nothing out at its close,
            // a wait for the caller; the move over the target below is what its safety net is for.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
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

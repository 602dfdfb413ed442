package eu.eucaim.workstation.client.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The library's folder on disk: {@code index.mv.db} (H2), {@code instances/<2 hex>/<SHA-256 of the SOP Instance
 * UID>.dcm}, and {@code tmp/} where every file is written before it is moved to its name. A file's name never comes
 * from a server, and a file under {@code instances/} is always whole.
 */
final class LibraryFolder {
    static final String INSTANCES = "instances";
    static final String TEMP = "tmp";
    static final String INDEX = "index";
    static final String SUFFIX = ".dcm";
    static final String TEMP_SUFFIX = ".part";

    private final Path root;

    LibraryFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path instances() {
        return root.resolve(INSTANCES);
    }

    Path temp() {
        return root.resolve(TEMP);
    }

    /** H2's file-mode URL: the index beside the files, so that the folder is the whole library. */
    String jdbcUrl() {
        // WRITE_DELAY=0: a committed row is in the file before the commit returns, so a process killed right after
        // a store still finds the instance indexed (the file is already in place by then). DB_CLOSE_ON_EXIT=FALSE:
        // the library closes its index itself, also when the process is asked to end; H2's own exit hook would
        // close it under the app's feet while the app is still closing.
        return "jdbc:h2:file:" + root.resolve(INDEX) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The file name of an instance: the SHA-256 of its SOP Instance UID. */
    static String fileName(String sopInstanceUid) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(sopInstanceUid.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where a file named by {@link #fileName} is kept: a folder per first two hex digits keeps folders small. */
    Path file(String fileName) {
        return instances().resolve(fileName.substring(0, 2)).resolve(fileName);
    }

    /**
     * Makes {@code tmp/} and the 256 {@code instances/<2 hex>/} folders when the library is opened, rather than one
     * by one as the first files arrive: making a folder allocates an inode, which costs most on a busy file system
     * (ext4 without a journal passes over every inode freed in the last minutes), and a series streaming in should
     * not pay for it. The stores then do not ask for their folders file by file either.
     */
    void makeFolders() throws IOException {
        Files.createDirectories(temp());
        if (Files.isDirectory(instances().resolve("ff"))) {
            return; // made at an earlier open
        }
        for (int i = 0; i < 256; i++) {
            Files.createDirectories(instances().resolve(HexFormat.of().toHexDigits((byte) i)));
        }
    }

    /** A copy of {@code source} in {@code tmp/}, forced to the disk. */
    Path copyToTemp(Path source) throws IOException {
        Path temp = temp().resolve(UUID.randomUUID() + TEMP_SUFFIX);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = inFolder(
                        temp, () -> FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * {@code source} moved into {@code tmp/} and forced to the disk: a fetched file on the library's disk needs no
     * copy of its bytes. One on another disk is copied (then deleted by the caller).
     */
    Path moveToTemp(Path source) throws IOException {
        Path temp = temp().resolve(UUID.randomUUID() + TEMP_SUFFIX);
        try {
            inFolder(temp, () -> Files.move(source, temp, StandardCopyOption.ATOMIC_MOVE));
        } catch (AtomicMoveNotSupportedException otherDisk) {
            return copyToTemp(source);
        }
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Moves a forced temp file to its name in one step, so the name shows either nothing or the whole file. The move
     * is durable once its folder is forced ({@link #forceFolders}), which a batch does once for all its moves.
     */
    void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            inFolder(
                    target,
                    () -> Files.move(
                            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder tree, so only an odd file system lands here; the index row still comes after the move.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What writes {@code file}: done again once after making its folder, if the folder has gone meanwhile. */
    private static <T> T inFolder(Path file, IoAction<T> action) throws IOException {
        try {
            return action.run();
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(file.getParent())) {
                throw e; // the source is missing, not the folder
            }
            Files.createDirectories(file.getParent());
            return action.run();
        }
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    /**
     * Makes the moves into these files' folders durable, each folder forced once: on a journalling file system the
     * first force commits every move before it, so the rest cost little.
     */
    static void forceFolders(Collection<Path> files) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path f : files) {
            folders.add(f.getParent());
        }
        folders.forEach(LibraryFolder::forceFolder);
    }

    /** Makes a rename durable where the platform allows it (Linux, macOS); Windows cannot open a folder so. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible here; a rename not yet on disk at a power cut is found by the repair at the next open.
        }
    }
}

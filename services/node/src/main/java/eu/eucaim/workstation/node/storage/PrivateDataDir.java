package eu.eucaim.workstation.node.storage;

import eu.eucaim.workstation.api.platform.OwnerOnly;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's data folder and H2 files, kept private to the user that runs the node: a missing folder is created
 * private (mode 700, or an ACL for the user only on Windows), an existing one is checked as {@link DataDirAccess}
 * says, and the database files are made private (600) before H2 opens them.
 */
public final class PrivateDataDir {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateDataDir.class);

    private PrivateDataDir() {}

    /**
     * Creates {@code dir} private when it is missing; else refuses it, makes it private or leaves it, as
     * {@code access} says, when other users may use it.
     *
     * @throws StorageException naming the folder, who else may use it and how to fix it
     */
    public static void prepare(Path dir, DataDirAccess access) {
        try {
            if (!Files.exists(dir)) {
                OwnerOnly.createFolders(dir);
                return;
            }
            if (!Files.isDirectory(dir)) {
                throw new StorageException("Cannot use " + dir + " as the node data directory: it is a file", null);
            }
            Optional<String> open = OwnerOnly.openToOthers(dir);
            if (open.isEmpty() || access == DataDirAccess.ALLOW_SHARED) {
                return;
            }
            if (access == DataDirAccess.REQUIRE_PRIVATE) {
                throw new StorageException(refusal(dir, open.get()), null);
            }
            OwnerOnly.restrict(dir);
            LOG.info("Made the node data folder {} private to you: other users could use it ({})", dir, open.get());
        } catch (IOException e) {
            throw new StorageException("Cannot make the node data folder " + dir + " private: " + e, e);
        }
    }

    /**
     * Makes the files of the H2 database {@code file} ({@code file.mv.db}, {@code file.trace.db}...) private, and
     * creates an empty, private {@code file.mv.db} when there is none yet (H2 takes an empty file as a new database),
     * so that the signing key is never in a file others could have opened.
     */
    public static void protectDatabase(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = file.getFileName() + ".";
        try {
            Path store = dir.resolve(prefix + "mv.db");
            if (!Files.exists(store)) {
                OwnerOnly.createFile(store);
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(
                    dir, p -> p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p))) {
                for (Path f : files) {
                    OwnerOnly.restrict(f);
                }
            }
        } catch (IOException e) {
            throw new StorageException(
                    "Cannot make the node database files " + dir.resolve(prefix + "*") + " private to you: " + e, e);
        }
    }

    private static String refusal(Path dir, String others) {
        return "The node data folder " + dir + " is open to other users (" + others + "), and it holds the node's"
                + " signing key and password hashes: make it private (" + OwnerOnly.howToRestrict(dir)
                + "), or allow a shared folder explicitly (eucaim node --allow-shared-data-dir)";
    }
}

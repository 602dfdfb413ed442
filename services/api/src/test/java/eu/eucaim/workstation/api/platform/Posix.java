package eu.eucaim.workstation.api.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/** POSIX permissions for tests with real files; tests that need them are skipped elsewhere, saying why. */
public final class Posix {
    private Posix() {}

    public static void assumeSupportedAt(Path dir) throws IOException {
        Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView("posix"),
                "the file system of " + dir + " has no POSIX permissions");
    }

    public static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Creates (or changes) a folder with exactly this mode, whatever the umask. */
    public static Path folder(Path dir, String mode) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
        return dir;
    }
}

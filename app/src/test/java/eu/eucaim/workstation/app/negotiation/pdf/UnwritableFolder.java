package eu.eucaim.workstation.app.negotiation.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder in which no file can be made. A folder without write permission stops an ordinary user; root (as CI
 * runs) passes permissions by, and then Linux's /sys serves: sysfs refuses new files to root too.
 */
final class UnwritableFolder {
    private UnwritableFolder() {}

    static Path find(Path scratch) throws IOException {
        Path locked = Files.createDirectory(scratch.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (refusesNewFiles(locked)) {
            return locked;
        }
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys) && refusesNewFiles(sys), "no folder here refuses new files to this user");
        return sys;
    }

    private static boolean refusesNewFiles(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".probe", ".tmp"));
            return false;
        } catch (IOException refused) {
            return true;
        }
    }
}

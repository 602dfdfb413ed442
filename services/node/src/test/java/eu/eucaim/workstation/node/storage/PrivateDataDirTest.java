package eu.eucaim.workstation.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.platform.Posix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real folders and files with POSIX permissions (skipped, with the reason, where the file system has none). */
class PrivateDataDirTest {
    @TempDir
    Path temp;

    @BeforeEach
    void needsPosix() throws IOException {
        Posix.assumeSupportedAt(temp);
    }

    @Test
    void aMissingFolderIsCreated700WithItsMissingParents() throws IOException {
        Path dir = temp.resolve("new/node");
        PrivateDataDir.prepare(dir, DataDirAccess.REQUIRE_PRIVATE);
        assertThat(Posix.mode(dir)).isEqualTo("rwx------");
        assertThat(Posix.mode(dir.getParent())).isEqualTo("rwx------");
    }

    @ParameterizedTest
    @CsvSource({"rwxr-xr-x, 755", "rwxr-x---, 750", "rwx-----x, 701", "rwxrwxrwx, 777"})
    void aFolderTheUserChoseIsRefusedWhenOthersMayUseIt(String mode, String octal) throws IOException {
        Path dir = Posix.folder(temp.resolve("chosen"), mode);
        assertThatThrownBy(() -> PrivateDataDir.prepare(dir, DataDirAccess.REQUIRE_PRIVATE))
                .isInstanceOf(StorageException.class)
                .hasMessage("The node data folder " + dir + " is open to other users (mode " + octal + "), and it"
                        + " holds the node's signing key and password hashes: make it private (chmod 700 '" + dir
                        + "'), or allow a shared folder explicitly (eucaim node --allow-shared-data-dir)");
        assertThat(Posix.mode(dir)).as("left as it was").isEqualTo(mode);
    }

    @Test
    void aPrivateFolderIsTaken() throws IOException {
        Path dir = Posix.folder(temp.resolve("private"), "rwx------");
        PrivateDataDir.prepare(dir, DataDirAccess.REQUIRE_PRIVATE);
        assertThat(Posix.mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void theAppsOwnFolderIsMadePrivate() throws IOException {
        Path dir = Posix.folder(temp.resolve("node"), "rwxr-xr-x");
        PrivateDataDir.prepare(dir, DataDirAccess.MAKE_PRIVATE);
        assertThat(Posix.mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void aSharedFolderIsLeftAsItIsWhenAllowed() throws IOException {
        Path dir = Posix.folder(temp.resolve("team"), "rwxrwxr-x");
        PrivateDataDir.prepare(dir, DataDirAccess.ALLOW_SHARED);
        assertThat(Posix.mode(dir)).isEqualTo("rwxrwxr-x");
    }

    @Test
    void theDatabaseFileIsCreated600BeforeH2OpensIt() throws IOException {
        PrivateDataDir.protectDatabase(temp.resolve("node-1"));
        Path store = temp.resolve("node-1.mv.db");
        assertThat(store).isEmptyFile();
        assertThat(Posix.mode(store)).isEqualTo("rw-------");
    }

    /** Files an earlier version left 644 are made 600: this seed's database files only. */
    @Test
    void existingDatabaseFilesOfThisSeedAreMade600() throws IOException {
        Path store = readableByAll(temp.resolve("node-1.mv.db"));
        Path trace = readableByAll(temp.resolve("node-1.trace.db"));
        Path otherSeed = readableByAll(temp.resolve("node-12.mv.db"));
        Path notes = readableByAll(temp.resolve("notes.txt"));

        PrivateDataDir.protectDatabase(temp.resolve("node-1"));

        assertThat(store).hasContent("x");
        assertThat(Posix.mode(store)).isEqualTo("rw-------");
        assertThat(Posix.mode(trace)).isEqualTo("rw-------");
        assertThat(Posix.mode(otherSeed)).isEqualTo("rw-r--r--");
        assertThat(Posix.mode(notes)).isEqualTo("rw-r--r--");
    }

    private static Path readableByAll(Path file) throws IOException {
        Files.writeString(file, "x");
        return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
}

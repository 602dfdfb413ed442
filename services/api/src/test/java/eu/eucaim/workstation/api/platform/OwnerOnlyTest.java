package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real folders and files with POSIX permissions (skipped, with the reason, where the file system has none). */
class OwnerOnlyTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsPosix() throws IOException {
        Posix.assumeSupportedAt(dir);
    }

    @Test
    void newFoldersAndTheirMissingParentsAre700() throws IOException {
        Path leaf = dir.resolve("a/b/c");
        OwnerOnly.createFolders(leaf);
        assertThat(Posix.mode(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(Posix.mode(leaf)).isEqualTo("rwx------");
    }

    @Test
    void anExistingFolderIsNotChangedByCreateFolders() throws IOException {
        Path shared = Posix.folder(dir.resolve("shared"), "rwxr-xr-x");
        OwnerOnly.createFolders(shared);
        assertThat(Posix.mode(shared)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void restrictMakesFolders700AndFiles600() throws IOException {
        Path folder = Posix.folder(dir.resolve("f"), "rwxrwxrwx");
        Path file = Files.writeString(folder.resolve("x"), "secret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnly.restrict(folder);
        OwnerOnly.restrict(file);
        assertThat(Posix.mode(folder)).isEqualTo("rwx------");
        assertThat(Posix.mode(file)).isEqualTo("rw-------");
    }

    @Test
    void createFileIs600FromTheStart() throws IOException {
        assertThat(Posix.mode(OwnerOnly.createFile(dir.resolve("db")))).isEqualTo("rw-------");
    }

    /** Any bit of group or others: reading, writing, or entering a folder to open a file whose name is known. */
    @ParameterizedTest
    @ValueSource(strings = {"rwxr-xr-x", "rwxr-x---", "rwx-----x", "rwx---rw-", "rwx-w----"})
    void aFolderOthersMayUseIsReportedWithItsMode(String mode) throws IOException {
        Path folder = Posix.folder(dir.resolve("f"), mode);
        String octal = OwnerOnly.octal(PosixFilePermissions.fromString(mode));
        assertThat(OwnerOnly.openToOthers(folder)).hasValue("mode " + octal);
    }

    @Test
    void aPrivateFolderIsNotReported() throws IOException {
        assertThat(OwnerOnly.openToOthers(Posix.folder(dir.resolve("p"), "rwx------")))
                .isEmpty();
        assertThat(OwnerOnly.openToOthers(Posix.folder(dir.resolve("q"), "r-x------")))
                .isEmpty();
    }

    @Test
    void modesAreWrittenInOctal() {
        assertThat(OwnerOnly.octal(PosixFilePermissions.fromString("rwxr-xr-x")))
                .isEqualTo("755");
        assertThat(OwnerOnly.octal(PosixFilePermissions.fromString("rw-------")))
                .isEqualTo("600");
        assertThat(OwnerOnly.octal(PosixFilePermissions.fromString("-------wx")))
                .isEqualTo("3");
    }
}

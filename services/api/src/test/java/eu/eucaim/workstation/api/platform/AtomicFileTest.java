package eu.eucaim.workstation.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesIntoNewFolders() throws IOException {
        Path target = dir.resolve("a/b/settings.json");
        AtomicFile.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("{}");
    }

    @Test
    void failedWriteKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("selection.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void ownerOnlyFilesAreMode600OnPosix() throws IOException {
        Path target = dir.resolve("tokens.json");
        AtomicFile.writeOwnerOnly(target, out -> out.write(1));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readAllBytes(target)).containsExactly(1);
    }

    @Test
    void ownerOnlyFilesGoIntoNewFoldersThatAre700() throws IOException {
        Posix.assumeSupportedAt(dir);
        Path target = dir.resolve("config/eucaim/sign-in-tokens.json");
        AtomicFile.writeOwnerOnly(target, out -> out.write(1));
        assertThat(Posix.mode(dir.resolve("config"))).isEqualTo("rwx------");
        assertThat(Posix.mode(target.getParent())).isEqualTo("rwx------");
        assertThat(Posix.mode(target)).isEqualTo("rw-------");
    }
}

package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.platform.Posix;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file holds the node's signing key and password hashes, so the node keeps its data folder and database
 * files private (real files, POSIX permissions; skipped, with the reason, where the file system has none).
 */
class DataDirPermissionsTest {
    private static final long SEED = 61;

    @TempDir
    Path temp;

    @BeforeEach
    void needsPosix() throws IOException {
        Posix.assumeSupportedAt(temp);
    }

    private static NodeConfig config(Path dir, DataDirAccess access) {
        return NodeConfig.defaults(dir, SEED).withDatasetCount(1).withDataDirAccess(access);
    }

    @Test
    void aNewDataFolderIs700AndTheDatabase600() throws IOException {
        Path dir = temp.resolve("data/node");
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dir, SEED).withDatasetCount(1))) {
            assertThat(Posix.mode(dir)).isEqualTo("rwx------");
            assertThat(Posix.mode(dir.resolve("node-" + SEED + ".mv.db"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFolderOthersMayReadIsRefusedBeforeAnythingIsWrittenInIt() throws IOException {
        Path dir = Posix.folder(temp.resolve("chosen"), "rwxr-xr-x");
        assertThatThrownBy(() -> EucaimNode.start(NodeConfig.defaults(dir, SEED).withDatasetCount(1)))
                .isInstanceOf(NodeStartException.class)
                .hasMessageStartingWith("The node data folder " + dir + " is open to other users (mode 755)")
                .hasMessageContaining("--allow-shared-data-dir");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** The app's own folder, as an earlier version left it (755, database 644), is made private at start. */
    @Test
    void theAppsOwnFolderFromAnEarlierVersionIsMadePrivate() throws IOException {
        Path dir = Posix.folder(temp.resolve("node"), "rwxr-xr-x");
        EucaimNode.start(config(dir, DataDirAccess.ALLOW_SHARED)).close();
        Path database = dir.resolve("node-" + SEED + ".mv.db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        try (EucaimNode node = EucaimNode.start(config(dir, DataDirAccess.MAKE_PRIVATE))) {
            assertThat(Posix.mode(dir)).isEqualTo("rwx------");
            assertThat(Posix.mode(database)).isEqualTo("rw-------");
        }
    }

    @Test
    void aSharedFolderIsTakenWhenAllowedButTheDatabaseStaysPrivate() throws IOException {
        Path dir = Posix.folder(temp.resolve("team"), "rwxrwxr-x");
        try (EucaimNode node = EucaimNode.start(config(dir, DataDirAccess.ALLOW_SHARED))) {
            assertThat(Posix.mode(dir)).isEqualTo("rwxrwxr-x");
            assertThat(Posix.mode(dir.resolve("node-" + SEED + ".mv.db"))).isEqualTo("rw-------");
        }
    }
}

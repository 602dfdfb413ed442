package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node contract on the default backend: an H2 file database in the data directory. */
class H2NodeApiTest extends NodeApiContract {
    @TempDir
    static Path temp;

    private final AtomicInteger dirs = new AtomicInteger();

    @Override
    NodeConfig freshConfig(long seed) {
        return NodeConfig.defaults(temp.resolve("node-" + dirs.incrementAndGet()), seed);
    }

    @Override
    NodeConfig unopenableConfig() throws Exception {
        // A directory where H2 wants to put its database file.
        Path dataDir = temp.resolve("unopenable");
        Files.createDirectories(dataDir.resolve("node-" + SEED + ".mv.db"));
        // created with the default mode (755 here): allowed, so that the database is what fails
        return NodeConfig.defaults(dataDir, SEED).withDataDirAccess(DataDirAccess.ALLOW_SHARED);
    }

    @Test
    void anUncreatableDataDirectoryIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> EucaimNode.start(NodeConfig.defaults(file, SEED)))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("data directory")
                .hasMessageContaining(file.toString());
    }

    @Test
    void theDatabaseIsOneFilePerSeedInTheDataDirectory() {
        Path dataDir = node.config().dataDir();
        assertThat(dataDir.resolve("node-" + SEED + ".mv.db")).exists();
    }
}

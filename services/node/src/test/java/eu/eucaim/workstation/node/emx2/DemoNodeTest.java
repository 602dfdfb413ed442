package eu.eucaim.workstation.node.emx2;

import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One real node with the demo catalogue of seed 1 (30 datasets) on loopback for the tests of a class. */
abstract class DemoNodeTest {
    @TempDir
    static Path temp;

    static EucaimNode node;

    @BeforeAll
    static void startNode() {
        node = EucaimNode.start(NodeConfig.defaults(temp, 1));
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }
}

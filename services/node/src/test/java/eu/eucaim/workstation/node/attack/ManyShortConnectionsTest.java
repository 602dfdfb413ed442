package eu.eucaim.workstation.node.attack;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-address connection limit counts connections held open, not connections ever made: a client that opens a
 * short connection per request (curl in a loop, a script) is served far past the limit, one after another.
 */
class ManyShortConnectionsTest {
    @TempDir
    Path temp;

    @Test
    void moreShortConnectionsThanTheLimitAreAllServed() throws Exception {
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 15)
                .withDatasetCount(1)
                .withDemoImageDatasets(0))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                statuses.add(RawHttp.send(
                                node.baseUri(),
                                "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:"
                                        + node.baseUri().getPort() + "\r\nConnection: close\r\n\r\n")
                        .status());
            }
            assertThat(statuses).containsOnly(200);
        }
    }
}

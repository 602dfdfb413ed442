package eu.eucaim.workstation.node.attack;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 8 for a standalone node: the names it answers to are the loopback ones and its configured public
 * names ({@code eucaim node --public-name}); any other {@code Host} gets 421 (DNS rebinding).
 */
class PublicNameTest {
    @TempDir
    Path temp;

    private static String health(String host, int port) {
        return "GET /api/health HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n";
    }

    @Test
    void aConfiguredPublicNameIsAnsweredAndOtherNamesAreNot() throws Exception {
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 14)
                .withDatasetCount(1)
                .withPublicNames(Set.of("Node.Example.org")))) {
            int port = node.baseUri().getPort();
            assertThat(RawHttp.send(node.baseUri(), health("node.example.org", port))
                            .status())
                    .isEqualTo(200);
            assertThat(RawHttp.send(node.baseUri(), health("127.0.0.1", port)).status())
                    .isEqualTo(200);
            RawHttp.Answer other = RawHttp.send(node.baseUri(), health("rebound.example", port));
            assertThat(other.status()).isEqualTo(421);
            assertThat(other.body()).contains("node.example.org");
        }
        try (EucaimNode node =
                EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 14).withDatasetCount(1))) {
            assertThat(RawHttp.send(
                                    node.baseUri(),
                                    health("node.example.org", node.baseUri().getPort()))
                            .status())
                    .as("not configured: refused")
                    .isEqualTo(421);
        }
    }

    @Test
    void aPublicNameWithSchemeOrPortIsRefusedSayingWhatIsExpected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> NodeConfig.defaults(temp, 14).withPublicNames(Set.of("https://node.example.org:443")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without scheme or port");
    }
}

package eu.eucaim.workstation.client.node;

import static eu.eucaim.workstation.client.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.client.ClientConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeInfoClientTest {
    private MockWebServer server;
    private NodeInfoClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new NodeInfoClient(ClientConfig.of(server.url("/").uri()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsHealth() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(
                        "{\"status\":\"UP\",\"name\":\"EUCAIM demo node (seed 1)\",\"version\":\"0.1.0\",\"seed\":1,\"new\":true}")
                .build());
        assertThat(client.info().get(10, TimeUnit.SECONDS))
                .isEqualTo(new NodeInfo("UP", "EUCAIM demo node (seed 1)", "0.1.0", 1L));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/health");
    }

    @Test
    void healthWithoutStatusIsMalformed() {
        server.enqueue(
                new MockResponse.Builder().code(200).body("{\"name\":\"x\"}").build());
        assertThat(failureOf(client.info(), MalformedResponseException.class).getMessage())
                .contains("NodeInfo");
    }
}

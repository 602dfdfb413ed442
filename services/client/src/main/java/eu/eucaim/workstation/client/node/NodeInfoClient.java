package eu.eucaim.workstation.client.node;

import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.util.concurrent.CompletableFuture;

/** {@code GET /api/health}: who the node is, and whether it answers at all. */
public final class NodeInfoClient implements NodeStatusService {
    private static final Expected<NodeInfo> INFO = Expected.of(NodeInfo.class, i -> i.status() != null);

    private final HttpTransport http;

    public NodeInfoClient(ClientConfig config) {
        this.http = new HttpTransport(config);
    }

    @Override
    public CompletableFuture<NodeInfo> info() {
        return http.get(http.url("api/health").build(), INFO);
    }
}

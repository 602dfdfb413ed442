package eu.eucaim.workstation.api.node;

import java.util.concurrent.CompletableFuture;

/** {@code GET /api/health}: who the node is, and whether it answers at all. */
public interface NodeStatusService {
    CompletableFuture<NodeInfo> info();
}

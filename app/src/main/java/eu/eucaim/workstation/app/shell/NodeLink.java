package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.node.NodeInfo;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** A connection to one node: where it is, its catalogue, its health check. Closing stops an embedded node. */
public interface NodeLink extends AutoCloseable {
    URI baseUri();

    /** "Embedded node" or "Remote node", for the status bar. */
    String kind();

    CatalogueService catalogue();

    CompletableFuture<NodeInfo> info();

    @Override
    void close();
}

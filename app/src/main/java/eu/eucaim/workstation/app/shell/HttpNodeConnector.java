package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.fx.UserMessageException;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.NodeUrls;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.node.NodeInfoClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The real connector: starts the embedded node (demo data, seed 1, in the user's data folder) or points at
 * another node's URL, and talks to it over HTTP with the service clients.
 */
public final class HttpNodeConnector implements NodeConnector {
    /** The demo-data seed of the embedded node, so everyone's workstation shows the same catalogue. */
    static final long EMBEDDED_SEED = 1;

    private final UserDirectories dirs;

    public HttpNodeConnector(UserDirectories dirs) {
        this.dirs = dirs;
    }

    @Override
    public NodeLink connect(Settings settings) {
        if (settings.nodeMode() == NodeMode.REMOTE) {
            return link(NodeUrls.parse(settings.nodeUrl()), "Remote node", null);
        }
        EucaimNode node;
        try {
            node = EucaimNode.start(NodeConfig.defaults(dirs.data().resolve("node"), EMBEDDED_SEED));
        } catch (Exception e) {
            throw new UserMessageException(
                    "Could not start the embedded node: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        }
        return link(node.baseUri(), "Embedded node", node);
    }

    private static NodeLink link(URI base, String kind, AutoCloseable owned) {
        ClientConfig config = ClientConfig.of(base);
        HttpCatalogueClient catalogue = new HttpCatalogueClient(config);
        NodeInfoClient info = new NodeInfoClient(config);
        return new NodeLink() {
            @Override
            public URI baseUri() {
                return base;
            }

            @Override
            public String kind() {
                return kind;
            }

            @Override
            public CatalogueService catalogue() {
                return catalogue;
            }

            @Override
            public CompletableFuture<NodeInfo> info() {
                return info.info();
            }

            @Override
            public void close() {
                if (owned != null) {
                    try {
                        owned.close();
                    } catch (Exception e) {
                        // Stopping a node we own at shutdown: nothing useful to tell the user.
                        System.getLogger(HttpNodeConnector.class.getName())
                                .log(System.Logger.Level.WARNING, "Embedded node did not stop cleanly", e);
                    }
                }
            }
        };
    }
}

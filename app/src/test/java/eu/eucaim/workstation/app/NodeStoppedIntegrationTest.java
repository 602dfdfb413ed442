package eu.eucaim.workstation.app;

import static eu.eucaim.workstation.app.Futures.await;
import static eu.eucaim.workstation.app.Futures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeStoppedIntegrationTest {
    @Test
    void callsAfterTheNodeStopsFailAsUnreachable(@TempDir Path dataDir) {
        EucaimNode node = EucaimNode.start(NodeConfig.defaults(dataDir, 1).withDatasetCount(3));
        HttpCatalogueClient catalogue = new HttpCatalogueClient(ClientConfig.of(node.baseUri()));
        // A successful call first, so that the client holds a pooled connection the stop must invalidate.
        assertThat(await(catalogue.search(DatasetQuery.all())).items()).isNotEmpty();

        node.close();

        ServiceUnreachableException e = failureOf(catalogue.summary(), ServiceUnreachableException.class);
        assertThat(e.service()).isEqualTo(node.baseUri().toString());
        assertThat(e.retryable()).isTrue();
    }
}

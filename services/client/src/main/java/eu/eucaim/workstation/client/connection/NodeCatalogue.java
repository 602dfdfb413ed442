package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A node's catalogue: searches, records and the hierarchy through the platform's protocol ({@code platform}, the
 * EMX2 client), the dashboard's summary through the node's own call ({@code node}), whose per-modality study counts
 * the platform's model cannot carry.
 */
record NodeCatalogue(CatalogueService platform, CatalogueService node) implements CatalogueService {
    @Override
    public CompletableFuture<DatasetPage> search(DatasetQuery query) {
        return platform.search(query);
    }

    @Override
    public CompletableFuture<Dataset> dataset(String id) {
        return platform.dataset(id);
    }

    @Override
    public CompletableFuture<List<Network>> networks() {
        return platform.networks();
    }

    @Override
    public CompletableFuture<CatalogueSummary> summary() {
        return node.summary();
    }
}

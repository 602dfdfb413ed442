package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The catalogue of whichever node {@link Connection} points at now. View-models hold this one object and keep
 * working when the user switches node in Settings.
 */
final class SwitchableCatalogue implements CatalogueService {
    private final Connection connection;

    SwitchableCatalogue(Connection connection) {
        this.connection = connection;
    }

    @Override
    public CompletableFuture<DatasetPage> search(DatasetQuery query) {
        return connection.link().thenCompose(l -> l.catalogue().search(query));
    }

    @Override
    public CompletableFuture<Dataset> dataset(String id) {
        return connection.link().thenCompose(l -> l.catalogue().dataset(id));
    }

    @Override
    public CompletableFuture<List<Network>> networks() {
        return connection.link().thenCompose(l -> l.catalogue().networks());
    }

    @Override
    public CompletableFuture<CatalogueSummary> summary() {
        return connection.link().thenCompose(l -> l.catalogue().summary());
    }
}

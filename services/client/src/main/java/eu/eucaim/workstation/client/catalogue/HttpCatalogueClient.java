package eu.eucaim.workstation.client.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link CatalogueService} over the node's REST mapping (see that interface). */
public final class HttpCatalogueClient implements CatalogueService {
    private static final Expected<DatasetPage> PAGE =
            Expected.of(DatasetPage.class, p -> p.items() != null && p.facets() != null);
    private static final Expected<Dataset> DATASET = Expected.of(Dataset.class, d -> d.id() != null);
    private static final Expected<List<Network>> NETWORKS = Expected.listOf(Network.class, n -> n.id() != null);
    private static final Expected<CatalogueSummary> SUMMARY = Expected.of(
            CatalogueSummary.class,
            s -> s.subjectsByDataset() != null && s.studiesByModality() != null && s.subjectsByBodyPart() != null);

    private final HttpTransport http;

    public HttpCatalogueClient(ClientConfig config) {
        this.http = new HttpTransport(config);
    }

    @Override
    public CompletableFuture<DatasetPage> search(DatasetQuery query) {
        Objects.requireNonNull(query, "query");
        return http.get(
                DatasetQueryParameters.apply(http.url("api/catalogue/datasets"), query)
                        .build(),
                PAGE);
    }

    @Override
    public CompletableFuture<Dataset> dataset(String id) {
        Objects.requireNonNull(id, "id");
        // addPathSegment encodes '/' and '?' in the id, so an id can never address another resource.
        return http.get(http.url("api/catalogue/datasets").addPathSegment(id).build(), DATASET);
    }

    @Override
    public CompletableFuture<List<Network>> networks() {
        return http.get(http.url("api/catalogue/networks").build(), NETWORKS);
    }

    @Override
    public CompletableFuture<CatalogueSummary> summary() {
        return http.get(http.url("api/catalogue/summary").build(), SUMMARY);
    }
}

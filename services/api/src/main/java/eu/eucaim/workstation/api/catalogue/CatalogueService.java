package eu.eucaim.workstation.api.catalogue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The public catalogue (anonymous access). HTTP mapping on the node:
 * <ul>
 *   <li>{@code GET /api/catalogue/datasets?q=&country=&condition=&modality=&bodyPart=&manufacturer=&accessCondition=&page=&size=}
 *       → {@link DatasetPage}</li>
 *   <li>{@code GET /api/catalogue/datasets/{id}} → {@link Dataset} (404 {@code not_found})</li>
 *   <li>{@code GET /api/catalogue/networks} → list of {@link Network}</li>
 *   <li>{@code GET /api/catalogue/summary} → {@link CatalogueSummary}</li>
 * </ul>
 * Futures complete exceptionally with a {@link eu.eucaim.workstation.api.error.ServiceException}.
 */
public interface CatalogueService {
    CompletableFuture<DatasetPage> search(DatasetQuery query);

    CompletableFuture<Dataset> dataset(String id);

    CompletableFuture<List<Network>> networks();

    CompletableFuture<CatalogueSummary> summary();
}

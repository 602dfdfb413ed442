package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The ids of every dataset a search selects, read page by page at the largest page size the API allows (the
 * Results list shows 20 at a time; the Hierarchy needs them all).
 */
final class MatchingIds {
    private MatchingIds() {}

    static CompletableFuture<Set<String>> of(CatalogueService catalogue, DatasetQuery query) {
        return from(catalogue, query, 0, new LinkedHashSet<>());
    }

    private static CompletableFuture<Set<String>> from(
            CatalogueService catalogue, DatasetQuery query, int page, Set<String> found) {
        DatasetQuery paged = new DatasetQuery(query.text(), query.filters(), page, DatasetQuery.MAX_SIZE);
        return catalogue.search(paged).thenCompose(p -> {
            p.items().stream().map(Dataset::id).forEach(found::add);
            return more(p, found) ? from(catalogue, query, page + 1, found) : CompletableFuture.completedFuture(found);
        });
    }

    private static boolean more(DatasetPage p, Set<String> found) {
        return !p.items().isEmpty() && found.size() < p.total();
    }
}

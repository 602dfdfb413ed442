package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ast.AstOperation;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import eu.eucaim.workstation.node.storage.StorageException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;

/**
 * Answers {@link CohortQuery}s from a {@link CohortIndex} of the cohort, read once: the only writer of the cohort is
 * the demo-data installer, which runs before the node starts (a future writer would have to swap in a fresh index,
 * as {@code CatalogueReadModel.refresh} does for the catalogue). The index is read on a background thread started
 * once the node listens (or by the first search), so the node's start neither waits for it nor competes with it for
 * the CPU, and the first search only waits for what is left; a failed read is retried by the next search.
 */
final class CohortSearch {
    private final DataSource db;
    /** The cohort's rows: a first start writes them after the node listens. */
    private final BackgroundStep cohortRows;

    private volatile CompletableFuture<CohortIndex> index;

    CohortSearch(DataSource db, BackgroundStep cohortRows) {
        this.db = db;
        this.cohortRows = cohortRows;
    }

    /** Starts reading the cohort in the background unless that has started already. */
    synchronized void startLoading() {
        if (index == null) {
            index = load();
        }
    }

    FederatedSearchResponse search(CohortQuery q) {
        return index().search(q);
    }

    /** @throws AstRejected when the tree names a key, type or value this node cannot answer for */
    FederatedSearchResponse search(AstOperation ast) {
        CohortIndex current = index();
        return current.search(AstFilter.compile(ast, current));
    }

    private CohortIndex index() {
        startLoading();
        CompletableFuture<CohortIndex> current = index;
        if (current.isCompletedExceptionally()) {
            current = retry(current);
        }
        try {
            return current.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StorageException s
                    ? s
                    : new StorageException(e.getCause().getMessage(), e);
        }
    }

    private synchronized CompletableFuture<CohortIndex> retry(CompletableFuture<CohortIndex> failed) {
        if (index == failed) {
            index = load();
        }
        return index;
    }

    private CompletableFuture<CohortIndex> load() {
        CompletableFuture<CohortIndex> f = new CompletableFuture<>();
        NamedThreads.start("cohort-index", () -> {
            try {
                cohortRows.await();
            } catch (StorageException e) {
                f.completeExceptionally(e);
                return;
            }
            try (Connection c = db.getConnection()) {
                CohortIndex read = CohortIndex.read(c);
                warmUp(read);
                f.complete(read);
            } catch (SQLException | IOException | RuntimeException e) {
                f.completeExceptionally(new StorageException("Cannot read the cohort: " + e.getMessage(), e));
            }
        });
        return f;
    }

    /**
     * One search and its JSON while nobody waits: the first use of Jackson's serializers for the reply costs a cold
     * JVM a few hundred milliseconds, which would otherwise land on the user's first search.
     */
    private static void warmUp(CohortIndex index) throws IOException {
        Json.mapper().writeValueAsBytes(index.search(CohortQuery.any()));
    }
}

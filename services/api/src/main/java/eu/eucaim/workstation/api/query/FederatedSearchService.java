package eu.eucaim.workstation.api.query;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Federated Query: one cohort query asked of every provider at once, each with its own timeout, as the signed-in
 * user. Each provider's {@link ProviderResult} reaches the listener as soon as it is known (on a background thread);
 * a failure or timeout is a result like any other and never delays the rest.
 */
public interface FederatedSearchService {
    /** A query in flight. */
    interface Running {
        /** Completes when every provider has answered, failed, timed out or been cancelled; never exceptionally. */
        CompletableFuture<QueryReport> report();

        /** Stops every call still outstanding; answers already in stay in the report (the rest are CANCELLED). */
        void cancel();
    }

    /**
     * Starts asking {@code providers}.
     *
     * @param listener called once per provider, on a background thread, as soon as its outcome is known
     */
    Running start(List<QueryProvider> providers, CohortQuery query, Consumer<ProviderResult> listener);

    /**
     * As {@link #start(List, CohortQuery, Consumer)}, telling {@code progress} what a provider is doing before its
     * result (a provider that claimed the query and is still answering). A service that learns nothing of the kind
     * (one HTTP call per provider) never calls it.
     *
     * @param progress called on a background thread, zero or more times per provider, always before its result
     */
    default Running start(
            List<QueryProvider> providers,
            CohortQuery query,
            Consumer<ProviderResult> listener,
            Consumer<ProviderProgress> progress) {
        return start(providers, query, listener);
    }
}

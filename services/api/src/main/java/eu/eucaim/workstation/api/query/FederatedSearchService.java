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
}

package eu.eucaim.workstation.app.testing;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link FederatedSearchService} whose providers answer when the test says so: {@link Query#answer},
 * {@link Query#fail}. The report completes once every provider has a result, as the real fan-out's does; cancel
 * turns the providers still waiting into CANCELLED results.
 */
public final class ScriptedSearch implements FederatedSearchService {
    public final List<Query> queries = new CopyOnWriteArrayList<>();

    @Override
    public Query start(List<QueryProvider> providers, CohortQuery query, Consumer<ProviderResult> listener) {
        return start(providers, query, listener, p -> {});
    }

    @Override
    public Query start(
            List<QueryProvider> providers,
            CohortQuery query,
            Consumer<ProviderResult> listener,
            Consumer<eu.eucaim.workstation.api.query.ProviderProgress> progress) {
        Query q = new Query(providers, query, listener, progress);
        queries.add(q);
        return q;
    }

    public Query last() {
        return queries.get(queries.size() - 1);
    }

    /** One query in flight. */
    public static final class Query implements FederatedSearchService.Running {
        public final List<QueryProvider> providers;
        public final CohortQuery query;
        private final Consumer<ProviderResult> listener;
        private final Consumer<eu.eucaim.workstation.api.query.ProviderProgress> progress;
        private final Map<String, ProviderResult> results = new LinkedHashMap<>();
        private final CompletableFuture<QueryReport> report = new CompletableFuture<>();
        public boolean cancelled;

        Query(
                List<QueryProvider> providers,
                CohortQuery query,
                Consumer<ProviderResult> listener,
                Consumer<eu.eucaim.workstation.api.query.ProviderProgress> progress) {
            this.providers = List.copyOf(providers);
            this.query = query;
            this.listener = listener;
            this.progress = progress;
        }

        /** Provider {@code index} has taken the query (a Spot site's "claimed"). */
        public void claim(int index) {
            progress.accept(new eu.eucaim.workstation.api.query.ProviderProgress(
                    providers.get(index).endpoint().toString(),
                    eu.eucaim.workstation.api.query.ProviderProgress.Stage.CLAIMED,
                    7));
        }

        /** Provider {@code index} answers with one collection per entry of {@code subjectsByCollection}. */
        public void answer(int index, long... subjectsByCollection) {
            List<FederatedSearchResponse.Collection> collections = new ArrayList<>();
            long subjects = 0;
            for (int i = 0; i < subjectsByCollection.length; i++) {
                long n = subjectsByCollection[i];
                subjects += n;
                collections.add(new FederatedSearchResponse.Collection(
                        "ds-" + index + "-" + i, "Dataset " + index + "." + i, "", 2 * n, n, null, null, null, null));
            }
            FederatedSearchResponse response =
                    new FederatedSearchResponse(collections, new FederatedSearchResponse.Total(2 * subjects, subjects));
            finish(index, ProviderStatus.ANSWERED, null, response);
        }

        public void fail(int index, ProviderStatus status, String error) {
            finish(index, status, error, null);
        }

        private synchronized void finish(
                int index, ProviderStatus status, String error, FederatedSearchResponse response) {
            String endpoint = providers.get(index).endpoint().toString();
            if (results.containsKey(endpoint)) {
                return;
            }
            ProviderResult r = new ProviderResult(endpoint, endpoint, status, error, 42, response);
            results.put(endpoint, r);
            listener.accept(r);
            if (results.size() == providers.size()) {
                List<ProviderResult> ordered = providers.stream()
                        .map(p -> results.get(p.endpoint().toString()))
                        .toList();
                report.complete(QueryReport.of("test", Instant.EPOCH, 42, query, ordered));
            }
        }

        @Override
        public CompletableFuture<QueryReport> report() {
            return report;
        }

        @Override
        public void cancel() {
            cancelled = true;
            for (int i = 0; i < providers.size(); i++) {
                fail(i, ProviderStatus.CANCELLED, "Cancelled before it answered");
            }
        }
    }
}

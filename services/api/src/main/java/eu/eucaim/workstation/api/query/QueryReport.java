package eu.eucaim.workstation.api.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What "Download report" and {@code eucaim query --json} write; schema in docs/query-report.md.
 *
 * @param schema     the report format version, {@link #SCHEMA}
 * @param appVersion the workstation version that ran the query
 * @param startedAt  when the query was sent
 * @param elapsedMs  from sending to the last provider's answer, failure or cancellation
 * @param query      what was asked
 * @param providers  every provider asked, in the order configured
 * @param total      the sum over the providers that answered
 */
public record QueryReport(
        int schema,
        String appVersion,
        Instant startedAt,
        long elapsedMs,
        Query query,
        List<ProviderResult> providers,
        FederatedSearchResponse.Total total) {
    public static final int SCHEMA = 1;

    public QueryReport {
        Objects.requireNonNull(query, "query");
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /**
     * @param description the query for people, e.g. "Gender: male · Modality: MR or CT"
     * @param parameters  the query string as sent to each provider, e.g. {@code gender=male&modality=MR}
     * @param filters     the query as data, which "Open report…" and re-runs read
     */
    public record Query(String description, String parameters, CohortQuery filters) {
        public static Query of(CohortQuery filters) {
            return new Query(filters.describe(), QueryString.of(filters), filters);
        }
    }

    /** A report of the given results: sums the answers into {@code total}. */
    public static QueryReport of(
            String appVersion, Instant startedAt, long elapsedMs, CohortQuery filters, List<ProviderResult> providers) {
        long studies = 0;
        long subjects = 0;
        for (ProviderResult p : providers) {
            if (p.answered()) {
                studies += p.result().total().studiesCount();
                subjects += p.result().total().subjectsCount();
            }
        }
        return new QueryReport(
                SCHEMA,
                appVersion,
                startedAt,
                elapsedMs,
                Query.of(filters),
                providers,
                new FederatedSearchResponse.Total(studies, subjects));
    }

    public long answeredCount() {
        return providers.stream().filter(ProviderResult::answered).count();
    }
}

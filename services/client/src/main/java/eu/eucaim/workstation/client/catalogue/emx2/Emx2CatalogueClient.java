package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.HttpTransport;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@link CatalogueService} over a MOLGENIS EMX2 catalogue (the EUCAIM public catalogue runs EMX2 with schema
 * {@code Eucaim}), anonymously. The schema is discovered once ({@code _schema}) and its columns bound by semantics
 * ({@link CollectionBinding}); a search is one GraphQL request ({@link CollectionQueries}); one dataset is read from
 * the RDF API as Turtle ({@link RdfCollectionValues}); labels of ontology terms come from the ontology tables
 * ({@link TermLabels}). Futures fail with a {@link eu.eucaim.workstation.api.error.ServiceException}; a filter on a
 * facet the schema cannot answer fails with {@link IllegalArgumentException}.
 */
public final class Emx2CatalogueClient implements CatalogueService {
    public static final String DEFAULT_SCHEMA = "Eucaim";

    private final Emx2Endpoint endpoint;
    private final TermLabels labels;
    private final RightsStatements rights = new RightsStatements();
    private CompletableFuture<CollectionBinding> binding;

    /** A client of the schema {@value #DEFAULT_SCHEMA} at {@code config}'s base URL (the EMX2 server's root). */
    public Emx2CatalogueClient(ClientConfig config) {
        this(config, DEFAULT_SCHEMA);
    }

    public Emx2CatalogueClient(ClientConfig config, String schema) {
        Objects.requireNonNull(schema, "schema");
        if (schema.isBlank() || schema.contains("/")) {
            throw new IllegalArgumentException("Not an EMX2 schema name: '" + schema + "'");
        }
        this.endpoint = new Emx2Endpoint(new HttpTransport(config), schema);
        this.labels = new TermLabels(endpoint);
    }

    @Override
    public CompletableFuture<DatasetPage> search(DatasetQuery query) {
        Objects.requireNonNull(query, "query");
        return binding()
                .thenCompose(b -> endpoint.query(CollectionQueries.page(b, query, rights))
                        .thenCompose(data -> {
                            DatasetMapper mapper = new DatasetMapper(b, labels, rights);
                            List<JsonCollectionValues> rows =
                                    rows(b, data.path(b.collections().id()));
                            Map<CatalogueFacet, Map<String, Long>> counts = facetCounts(b, data, rights);
                            Map<Table, Set<String>> wanted = new HashMap<>(readable(() -> mapper.unlabelled(rows)));
                            counts.forEach((facet, byKey) -> facetTable(b, facet)
                                    .ifPresent(t -> wanted.computeIfAbsent(t, k -> new LinkedHashSet<>())
                                            .addAll(byKey.keySet())));
                            return labels.load(wanted)
                                    .thenApply(loaded -> readable(() -> new DatasetPage(
                                            rows.stream().map(mapper::dataset).toList(),
                                            data.path(b.collections().id() + "_agg")
                                                    .path("count")
                                                    .asLong(),
                                            query.page(),
                                            query.size(),
                                            facets(b, counts))));
                        }));
    }

    @Override
    public CompletableFuture<Dataset> dataset(String id) {
        Objects.requireNonNull(id, "id");
        return binding()
                .thenCompose(b -> endpoint.turtle(b.collections().id(), b.key().id(), id)
                        .thenCompose(graph -> {
                            RdfCollectionValues v = readable(() -> RdfCollectionValues.of(b, graph, id))
                                    .orElseThrow(() -> new ServiceErrorException(
                                            endpoint.service(),
                                            404,
                                            new ErrorBody("not_found", "No dataset '" + id + "' in the catalogue")));
                            DatasetMapper mapper = new DatasetMapper(b, labels, rights);
                            return labels.load(readable(() -> mapper.unlabelled(List.of(v))))
                                    .thenApply(loaded -> readable(() -> mapper.dataset(v)));
                        }));
    }

    @Override
    public CompletableFuture<List<Network>> networks() {
        return binding()
                .thenCompose(b -> endpoint.query(Emx2Overview.query(b))
                        .thenApply(data -> readable(() -> Emx2Overview.networks(b, endpoint.schema(), data))));
    }

    @Override
    public CompletableFuture<CatalogueSummary> summary() {
        return binding()
                .thenCompose(b -> endpoint.query(Emx2Overview.query(b)).thenCompose(data -> {
                    DatasetMapper mapper = new DatasetMapper(b, labels, rights);
                    List<JsonCollectionValues> rows =
                            rows(b, data.path(b.collections().id()));
                    return labels.load(readable(() -> mapper.unlabelled(rows)))
                            .thenApply(loaded -> readable(() -> Emx2Overview.summary(b, data, rows, mapper)));
                }));
    }

    /** The schema's binding, discovered once; a failed discovery is tried again by the next call. */
    private synchronized CompletableFuture<CollectionBinding> binding() {
        if (binding == null || binding.isCompletedExceptionally()) {
            binding = endpoint.query(Emx2Schema.QUERY)
                    .thenApply(data -> readable(() -> CollectionBinding.of(Emx2Schema.parse(data.path("_schema")))));
        }
        return binding;
    }

    private static List<JsonCollectionValues> rows(CollectionBinding b, JsonNode list) {
        List<JsonCollectionValues> rows = new ArrayList<>();
        list.forEach(row -> rows.add(new JsonCollectionValues(b, row)));
        return rows;
    }

    private static Optional<Table> facetTable(CollectionBinding b, CatalogueFacet facet) {
        return Optional.ofNullable(CollectionQueries.FACETS.get(facet))
                .flatMap(b::column)
                .flatMap(b::target);
    }

    /** Each facet's {@code _groupBy} rows as key → count; the group of rows without a value is left out. */
    private static Map<CatalogueFacet, Map<String, Long>> facetCounts(
            CollectionBinding b, JsonNode data, RightsStatements rights) {
        Map<CatalogueFacet, Map<String, Long>> counts = new LinkedHashMap<>();
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            Map<String, Long> byKey = new LinkedHashMap<>();
            CollectionQueries.facetPath(b, facet).ifPresent(path -> {
                for (JsonNode group : data.path(facet.param())) {
                    JsonNode value = group;
                    for (String part : path.split("\\.")) {
                        value = value.path(part);
                    }
                    if (value.isValueNode() && !value.isNull()) {
                        String key = value.asText();
                        if (facet == CatalogueFacet.ACCESS_CONDITION) {
                            // A rights statement counts for the condition it states; one the app cannot read, not.
                            key = rights.condition(key).map(Enum::name).orElse(null);
                        }
                        if (key != null) {
                            byKey.merge(key, group.path("count").asLong(), Long::sum);
                        }
                    }
                }
            });
            counts.put(facet, byKey);
        }
        return counts;
    }

    private Map<String, List<FacetValue>> facets(CollectionBinding b, Map<CatalogueFacet, Map<String, Long>> counts) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((facet, byKey) -> {
            Optional<Table> table = facetTable(b, facet);
            List<FacetValue> values = new ArrayList<>();
            byKey.forEach((key, count) -> values.add(
                    facet == CatalogueFacet.ACCESS_CONDITION
                            ? new FacetValue(key, AccessCondition.valueOf(key).label(), count)
                            : new FacetValue(
                                    TermCodes.toApp(key),
                                    table.flatMap(t -> labels.label(t, key)).orElse(key),
                                    count)));
            values.sort(Comparator.comparingLong(FacetValue::count)
                    .reversed()
                    .thenComparing(FacetValue::label)
                    .thenComparing(FacetValue::value));
            facets.put(facet.param(), List.copyOf(values));
        });
        return facets;
    }

    /** Runs {@code read}; a reply that does not fit the schema ({@link IllegalArgumentException}) is malformed. */
    private <T> T readable(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(
                    endpoint.service(),
                    "the EMX2 schema '" + endpoint.schema() + "' cannot be read as a catalogue: " + e.getMessage(),
                    e);
        }
    }
}

package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.node.NodeInfoClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Catalogue search latency through {@link HttpCatalogueClient} against a node with 10,000 datasets, next to the
 * round trip of {@code GET /api/health} through the same client stack, so that the ratio is the cost of search
 * itself. Run by the {@code benchmarks} profile (see docs/benchmarks.md); writes that file's section.
 *
 * <p>Arguments: the report file, then optionally the number of measured searches (default 500).
 */
public final class CatalogueSearchBenchmark {
    static final int DATASETS = 10_000;
    private static final int WARMUP = 300;
    private static final String[] WORDS = {
        "breast",
        "lung",
        "prostate",
        "colon",
        "MRI",
        "CT",
        "cohort",
        "screening",
        "radiotherapy",
        "segmentation",
        "trial",
        "follow-up"
    };

    private CatalogueSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dataDir = Files.createTempDirectory("eucaim-bench-");
        try {
            long startNanos = System.nanoTime();
            try (EucaimNode node =
                    EucaimNode.start(NodeConfig.defaults(dataDir, 1).withDatasetCount(DATASETS))) {
                Duration startup = Duration.ofNanos(System.nanoTime() - startNanos);
                ClientConfig config = ClientConfig.of(node.baseUri());
                Run run = new Run(new HttpCatalogueClient(config), new NodeInfoClient(config), new Random(42));
                run.loop(WARMUP);
                run.reset();
                run.loop(measured);
                String section = BenchmarkReport.section(run.samples(), startup, measured, WARMUP);
                BenchmarkReport.writeSection(report, section);
                System.out.println(section);
            }
        } finally {
            deleteRecursively(dataDir);
        }
        System.exit(0); // the node's and HTTP client's pools must not keep the forked JVM alive
    }

    /** One measured loop: each iteration times one search and one health call, alternating which goes first. */
    private static final class Run {
        private final HttpCatalogueClient catalogue;
        private final NodeInfoClient health;
        private final Random random;
        private final List<FacetValue> modalities;
        private final List<FacetValue> countries;
        private final List<FacetValue> conditions;
        private final List<FacetValue> bodyParts;
        private final long total;
        private Samples samples = new Samples();

        Run(HttpCatalogueClient catalogue, NodeInfoClient health, Random random) throws Exception {
            this.catalogue = catalogue;
            this.health = health;
            this.random = random;
            DatasetPage all = catalogue.search(DatasetQuery.all()).get(60, TimeUnit.SECONDS);
            if (all.total() < DATASETS) {
                throw new IllegalStateException("expected " + DATASETS + " datasets, the node has " + all.total());
            }
            total = all.total();
            modalities = all.facets().get(CatalogueFacet.MODALITY.param());
            countries = all.facets().get(CatalogueFacet.COUNTRY.param());
            conditions = all.facets().get(CatalogueFacet.CONDITION.param());
            bodyParts = all.facets().get(CatalogueFacet.BODY_PART.param());
        }

        void reset() {
            samples = new Samples();
        }

        Samples samples() {
            return samples;
        }

        void loop(int iterations) throws Exception {
            for (int i = 0; i < iterations; i++) {
                QueryKind kind = QueryKind.values()[i % QueryKind.values().length];
                DatasetQuery query = query(kind);
                Runnable search = () -> samples.addSearch(kind, time(() -> catalogue.search(query)));
                Runnable ping = () -> samples.addHealth(time(health::info));
                // Alternating the order keeps either call from always running on a just-warmed connection.
                if (i % 2 == 0) {
                    search.run();
                    ping.run();
                } else {
                    ping.run();
                    search.run();
                }
            }
        }

        private DatasetQuery query(QueryKind kind) {
            return switch (kind) {
                case TEXT -> new DatasetQuery(pick(WORDS), Map.of(), 0, DatasetQuery.DEFAULT_SIZE);
                case FACETS ->
                    new DatasetQuery(
                            "",
                            Map.of(
                                    CatalogueFacet.MODALITY, List.of(pick(modalities), pick(modalities)),
                                    CatalogueFacet.COUNTRY, List.of(pick(countries))),
                            0,
                            DatasetQuery.DEFAULT_SIZE);
                case TEXT_AND_FACETS ->
                    new DatasetQuery(
                            pick(WORDS),
                            Map.of(
                                    CatalogueFacet.CONDITION, List.of(pick(conditions)),
                                    CatalogueFacet.BODY_PART, List.of(pick(bodyParts))),
                            0,
                            DatasetQuery.DEFAULT_SIZE);
                case DEEP_PAGE -> {
                    int size = random.nextBoolean() ? 20 : 50;
                    yield new DatasetQuery("", Map.of(), random.nextInt((int) (total / size)), size);
                }
            };
        }

        private String pick(List<FacetValue> values) {
            return values.get(random.nextInt(values.size())).value();
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static long time(Supplier<? extends java.util.concurrent.CompletableFuture<?>> call) {
            long start = System.nanoTime();
            try {
                call.get().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("benchmark call failed", e);
            }
            return System.nanoTime() - start;
        }
    }

    enum QueryKind {
        TEXT("text"),
        FACETS("facet filters"),
        TEXT_AND_FACETS("text + facet filters"),
        DEEP_PAGE("paging");

        final String label;

        QueryKind(String label) {
            this.label = label;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Latencies in nanoseconds by label, in report order: all searches, each kind, then the health peer. */
    static final class Samples {
        static final String HEALTH = "GET /api/health";
        static final String ALL_SEARCHES = "search (all kinds)";
        private final Map<String, List<Long>> byLabel = new java.util.LinkedHashMap<>();

        Samples() {
            byLabel.put(ALL_SEARCHES, new ArrayList<>());
            for (QueryKind kind : QueryKind.values()) {
                byLabel.put("· " + kind.label, new ArrayList<>());
            }
            byLabel.put(HEALTH, new ArrayList<>());
        }

        void addSearch(QueryKind kind, long nanos) {
            byLabel.get("· " + kind.label).add(nanos);
            byLabel.get(ALL_SEARCHES).add(nanos);
        }

        void addHealth(long nanos) {
            byLabel.get(HEALTH).add(nanos);
        }

        Map<String, List<Long>> byLabel() {
            return byLabel;
        }
    }
}

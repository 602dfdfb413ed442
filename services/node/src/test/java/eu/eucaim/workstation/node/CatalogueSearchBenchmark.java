package eu.eucaim.workstation.node;

import eu.eucaim.workstation.api.catalogue.DatasetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: a node with 10,000 datasets (first start with generation, restart), then the latency of
 * search+facets requests over loopback. Writes {@code target/benchmark/catalogue-search.txt}; asserts nothing about
 * time. Run it with
 * <pre>mvn -q -o -pl services/node -am verify -Deucaim.benchmark=true -Dtest=CatalogueSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "eucaim.benchmark", matches = "true")
class CatalogueSearchBenchmark {
    private static final int DATASETS = Integer.getInteger("eucaim.benchmark.datasets", 10_000);
    private static final int WARMUP = 300;
    private static final int MEASURED = 1_000;
    private static final String[] QUERIES = {
            "", "q=prostate", "modality=MR", "modality=MR&modality=CT&country=ES",
            "q=cohort&accessCondition=DOWNLOAD&page=3", "bodyPart=lung&manufacturer=Siemens&size=50",
            "condition=SNOMEDCT254837009&modality=MG", "q=segmentations+radiomics&country=DE&country=FR"};

    @TempDir
    Path dataDir;

    @Test
    void searchLatencyOnTenThousandDatasets() throws IOException {
        NodeConfig config = NodeConfig.defaults(dataDir, 42).withDatasetCount(DATASETS);
        long t0 = System.nanoTime();
        try (EucaimNode first = EucaimNode.start(config)) {
            assertThat(first.generatedDemoData()).isTrue();
        }
        long firstStartMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        try (EucaimNode node = EucaimNode.start(config)) {
            long restartMs = (System.nanoTime() - t1) / 1_000_000;
            for (int i = 0; i < WARMUP; i++) {
                TestHttp.get(node.baseUri(), "/api/catalogue/datasets?" + QUERIES[i % QUERIES.length]);
            }
            long[] micros = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long s = System.nanoTime();
                TestHttp.Response r = TestHttp.get(node.baseUri(), "/api/catalogue/datasets?" + QUERIES[i % QUERIES.length]);
                micros[i] = (System.nanoTime() - s) / 1_000;
                assertThat(r.status()).isEqualTo(200);
            }
            long total = TestHttp.getOk(node.baseUri(), "/api/catalogue/datasets?size=1", DatasetPage.class).total();
            Arrays.sort(micros);
            List<String> report = new ArrayList<>(List.of(
                    "EUCAIM node catalogue search benchmark, " + Instant.now(),
                    "machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                            + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                    "datasets: " + total + " (datasetCount " + DATASETS + " + the observational-study dataset)",
                    "first start incl. demo generation: " + firstStartMs + " ms",
                    "restart on the existing database: " + restartMs + " ms",
                    "search+facets over loopback, " + MEASURED + " requests after " + WARMUP + " warm-up, "
                            + QUERIES.length + " query shapes:",
                    "  median " + ms(micros[MEASURED / 2]) + " ms, p95 " + ms(micros[MEASURED * 95 / 100]) + " ms, max "
                            + ms(micros[MEASURED - 1]) + " ms"));
            Path out = Path.of("target", "benchmark", "catalogue-search.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
        }
    }

    private static String ms(long micros) {
        return String.format("%.2f", micros / 1000.0);
    }
}

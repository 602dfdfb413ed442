package eu.eucaim.workstation.node.emx2.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.emx2.FacetPageQuery;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The EMX2 way of showing a catalogue page (one GraphQL request: 20 collections with every field the app shows, the
 * count, and seven
 * {@code _groupBy} facet queries, {@link FacetPageQuery}) against the REST way ({@code GET /api/catalogue/datasets},
 * page of 20 with its facets), same selections, over a node with 10,000 datasets; both over HTTP on loopback,
 * alternating. Writes a Markdown report. Not a unit test: run it by hand,
 *
 * <pre>java -cp services/node/target/test-classes:services/node/target/classes:$(deps) \
 *   eu.eucaim.workstation.node.emx2.bench.Emx2PageBenchmark target/emx2-benchmark.md [iterations]</pre>
 */
public final class Emx2PageBenchmark {
    private static final int DATASETS = 10_000;
    private static final int WARMUP = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String[][] SELECTIONS = {
        {},
        {"modality", "MR"},
        {"modality", "CT", "country", "PL"},
        {"modality", "MR", "modality", "CT", "country", "ES", "country", "PT"},
        {"condition", "SNOMEDCT363358000"},
        {"manufacturer", "Siemens", "modality", "MG"},
    };

    private Emx2PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/emx2-benchmark.md");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dataDir = Files.createTempDirectory("eucaim-emx2-bench-");
        long start = System.nanoTime();
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dataDir, 1).withDatasetCount(DATASETS))) {
            Duration startup = Duration.ofNanos(System.nanoTime() - start);
            URI base = node.baseUri();
            Map<String, String> manufacturers = manufacturerNames(base);
            List<Long> rest = new ArrayList<>();
            List<Long> emx2 = new ArrayList<>();
            Random random = new Random(42);
            for (int i = 0; i < WARMUP + iterations; i++) {
                String[] selection = SELECTIONS[random.nextInt(SELECTIONS.length)];
                long restNanos = timeRest(base, selection);
                long emx2Nanos = timeEmx2(base, selection, manufacturers);
                if (i >= WARMUP) {
                    rest.add(restNanos);
                    emx2.add(emx2Nanos);
                }
            }
            String text = report(startup, iterations, rest, emx2);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            System.out.println(text);
        } finally {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static long timeRest(URI base, String[] selection) throws Exception {
        StringBuilder query = new StringBuilder("/api/catalogue/datasets?size=20");
        for (int i = 0; i < selection.length; i += 2) {
            query.append('&')
                    .append(selection[i])
                    .append('=')
                    .append(URLEncoder.encode(selection[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve(query.toString())).GET().build();
        long t = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t;
        check(r);
        return elapsed;
    }

    private static long timeEmx2(URI base, String[] selection, Map<String, String> manufacturers) throws Exception {
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (int i = 0; i < selection.length; i += 2) {
            String value = switch (selection[i]) {
                case "condition" -> "SNOMED-CT:" + selection[i + 1].substring("SNOMEDCT".length());
                case "manufacturer" ->
                    manufacturers.getOrDefault(selection[i + 1].toLowerCase(java.util.Locale.ROOT), selection[i + 1]);
                default -> selection[i + 1];
            };
            selected.computeIfAbsent(selection[i], k -> new ArrayList<>()).add(value);
        }
        Map<String, Object> body =
                Map.of("query", FacetPageQuery.PAGE, "variables", FacetPageQuery.variables(selected, null));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/Eucaim/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        long t = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t;
        check(r);
        return elapsed;
    }

    private static Map<String, String> manufacturerNames(URI base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/Eucaim/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ Manufacturer { name label } }\"}"))
                .build();
        JsonNode terms = JSON.readTree(
                CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> byLabel = new LinkedHashMap<>();
        terms.at("/data/Manufacturer")
                .forEach(t -> byLabel.putIfAbsent(
                        t.path("label").asText().toLowerCase(java.util.Locale.ROOT),
                        t.path("name").asText()));
        return byLabel;
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String report(Duration startup, int n, List<Long> rest, List<Long> emx2) {
        double restMedian = percentile(rest, 50);
        double emx2Median = percentile(emx2, 50);
        return "## EMX2 catalogue page vs REST search (" + DATASETS + " datasets)\n\n"
                + "Node start with " + DATASETS + " datasets: " + startup.toSeconds() + " s; " + n
                + " measured pairs after " + WARMUP + " warm-up pairs, selections drawn from "
                + SELECTIONS.length + " (none, one facet, two facets with several values).\n\n"
                + "| request | median ms | p95 ms |\n| --- | --- | --- |\n"
                + String.format(
                        java.util.Locale.ROOT,
                        "| REST `GET /api/catalogue/datasets` (page of 20 + 6 facets) | %.2f | %.2f |%n",
                        restMedian,
                        percentile(rest, 95))
                + String.format(
                        java.util.Locale.ROOT,
                        "| EMX2 `POST /Eucaim/graphql` (page of 20 with every field the app shows, `_agg`, 7 `_groupBy`) | %.2f"
                                + " | %.2f |%n",
                        emx2Median,
                        percentile(emx2, 95))
                + String.format(
                        java.util.Locale.ROOT,
                        "%nRatio of medians EMX2 / REST: %.2f (target ≤ 1.3).%n",
                        emx2Median / restMedian);
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.min(sorted.size() - 1, Math.round(p / 100.0 * (sorted.size() - 1)));
        return sorted.get(i) / 1e6;
    }
}

package eu.eucaim.workstation.client.bench;

import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.QueryString;
import eu.eucaim.workstation.api.query.spot.SpotFixtures;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.query.spot.SpotFederatedSearch;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.spot.Federation;
import eu.eucaim.workstation.node.spot.FederationSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The federated query through Spot with 50 sites: a real node's {@code /beam} fanning out to 50 providers on
 * loopback that answer the node's real reply after 20..400 ms (a federation's providers are other machines: their
 * time is waiting, not this machine's CPU), read by {@link SpotFederatedSearch}. Measures, per round, the time until
 * every site's result is in, and the slowest site asked alone through the same Spot; the ratio's target is
 * {@literal <=} 1.2. Arguments: the report file (default {@code target/spot-fan-out.md}), the number of rounds
 * (default 15). Not a unit test: {@code mvn -q -B -Pbenchmarks -pl services/client -am verify -DskipTests}.
 */
public final class SpotFanOutBenchmark {
    static final int SITES = 50;

    private SpotFanOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/spot-fan-out.md");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dataDir = Files.createTempDirectory("eucaim-bench-spot-");
        CohortQuery query =
                new CohortQuery(List.of("female", "male"), null, List.of("MR", "CT"), null, null, 40, 80, null, null);
        ExecutorService serverThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-provider");
            t.setDaemon(true);
            return t;
        });
        List<HttpServer> servers = new ArrayList<>();
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dataDir, 1)
                .withDatasetCount(10)
                .withDemoImageDatasets(0)
                .withFederation(new Federation(List.of(), Duration.ofSeconds(10), Duration.ofSeconds(60))))) {
            node.demoDataComplete().get(60, TimeUnit.SECONDS);
            AccessTokenSource tokens = RealSignIn.as(node.baseUri(), "researcher");
            byte[] body = realAnswer(node, tokens, query);
            List<FederationSite> sites = new ArrayList<>();
            List<QueryProvider> providers = new ArrayList<>();
            for (int i = 0; i < SITES; i++) {
                int delay = 20 + i * 380 / (SITES - 1);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
                server.createContext("/api/federated-search", exchange -> {
                    try (exchange) {
                        exchange.getRequestBody().readAllBytes();
                        Thread.sleep(delay);
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, body.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                server.setExecutor(serverThreads);
                server.start();
                servers.add(server);
                URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
                sites.add(new FederationSite("site-" + i, url));
                providers.add(new QueryProvider("site-" + i, url));
            }
            node.spot().federate(sites);
            // The AST does not matter to these providers; Focus's own test AST stands for FocusAst.json(query, id).
            String ast = SpotFixtures.read("focus-ast-just-right.json");
            SpotFederatedSearch search =
                    new SpotFederatedSearch(node.baseUri(), tokens, Duration.ofSeconds(30), "bench", (q, id) -> ast);
            List<Long> all = new ArrayList<>();
            List<Long> alone = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = -2; r < rounds; r++) { // two warm-up rounds
                long solo = timed(search, providers.subList(SITES - 1, SITES), query);
                long everyone = timed(search, providers, query);
                if (r >= 0) {
                    alone.add(solo);
                    all.add(everyone);
                    ratios.add((double) everyone / solo);
                }
            }
            String section = section(rounds, median(all), median(alone), ratios);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, section);
            System.out.println(section);
        } finally {
            servers.forEach(s -> s.stop(0));
            serverThreads.shutdownNow();
        }
        System.exit(0);
    }

    /** Nanoseconds until every provider's result is in; every one must have answered. */
    private static long timed(SpotFederatedSearch search, List<QueryProvider> providers, CohortQuery query)
            throws Exception {
        long start = System.nanoTime();
        QueryReport report = search.start(providers, query, r -> {}).report().get(60, TimeUnit.SECONDS);
        long took = System.nanoTime() - start;
        if (report.providers().stream().anyMatch(p -> !p.answered())) {
            throw new IllegalStateException("a site did not answer: " + report.providers());
        }
        return took;
    }

    private static byte[] realAnswer(EucaimNode node, AccessTokenSource tokens, CohortQuery query)
            throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(node.baseUri() + "/api/federated-search?" + QueryString.of(query)))
                                .header("Authorization", "Bearer " + tokens.accessToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the node answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().getBytes(StandardCharsets.UTF_8);
    }

    private static String section(int rounds, long all, long alone, List<Double> ratios) {
        double ratio = medianDouble(ratios);
        return "## Federated query through Spot, 50 sites\n\n"
                + "Measured " + Instant.now() + " with `mvn -q -B -Pbenchmarks -pl services/client -am verify"
                + " -DskipTests` (eu.eucaim.workstation.client.bench.SpotFanOutBenchmark).\n\n"
                + "- Machine: nproc " + Runtime.getRuntime().availableProcessors() + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; Java "
                + System.getProperty("java.version") + "\n"
                + "- A real node's Spot (`POST /beam`, `GET /beam/{id}`) over 50 providers on 127.0.0.1 answering the"
                + " node's real reply after 20..400 ms; the client is `SpotFederatedSearch` with a real PKCE sign-in. "
                + rounds + " rounds after 2 warm-up rounds; in each, the slowest site alone through the same Spot,"
                + " then all 50.\n\n"
                + "| figure (median of " + rounds + ") | value |\n|---|---:|\n"
                + "| every site's result in | " + ms(all) + " |\n"
                + "| slowest site alone | " + ms(alone) + " |\n"
                + String.format(Locale.ROOT, "| **ratio** (target ≤ 1.2) | **%.2f** |%n", ratio)
                + "\nRatios per round: "
                + String.join(
                        ", ",
                        ratios.stream()
                                .map(d -> String.format(Locale.ROOT, "%.2f", d))
                                .toList())
                + "\n";
    }

    private static String ms(long nanos) {
        return nanos / 1_000_000 + " ms";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double medianDouble(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

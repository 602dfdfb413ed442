package eu.eucaim.workstation.app.bench;

import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryString;
import eu.eucaim.workstation.app.query.ProviderRow;
import eu.eucaim.workstation.app.query.QueryViewModel;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.client.query.FederatedSearchClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;

/**
 * The Federated Query fan-out with 50 providers on loopback, one of them slow (2 s): how long until every healthy
 * provider's result is in the Query tab's view-model (its state as the view shows it, delivered through a single
 * "UI" thread), as a ratio to the slowest healthy provider's own latency measured alone in the same run.
 *
 * <p>The providers are small HTTP servers on 127.0.0.1 that answer a real node's federated-search reply for the
 * query after a fixed delay, 20..400 ms spread over the 49 healthy ones (a federation's providers are other
 * machines: their time is waiting, not this machine's CPU); the slow one waits 2 s. Arguments: the report file,
 * then optionally the number of repeats (default 15).
 */
public final class QueryFanOutBenchmark {
    static final String HEADING = "## Federated Query fan-out, 50 providers, one slow";
    static final int PROVIDERS = 50;
    static final int SLOW_MS = 2000;

    private QueryFanOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dataDir = Files.createTempDirectory("eucaim-bench-query-");
        CohortQuery query =
                new CohortQuery(List.of("female", "male"), null, List.of("MR", "CT"), null, null, 40, 80, null, null);
        List<HttpServer> servers = new ArrayList<>();
        ExecutorService serverThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-provider");
            t.setDaemon(true);
            return t;
        });
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dataDir, 1).withDatasetCount(10))) {
            AccessTokenSource tokens = RealSignIn.as(node.baseUri(), "researcher");
            byte[] body = realAnswer(node, tokens, query);
            List<QueryProvider> providers = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < PROVIDERS; i++) {
                int delay = i == PROVIDERS - 1 ? SLOW_MS : 20 + i * 380 / (PROVIDERS - 2);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
                server.createContext("/api/federated-search", exchange -> {
                    try {
                        Thread.sleep(delay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.setExecutor(serverThreads);
                server.start();
                servers.add(server);
                delays.add(delay);
                providers.add(new QueryProvider(
                        "P" + i,
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort())));
            }
            List<QueryProvider> healthy = providers.subList(0, PROVIDERS - 1);
            ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-ui"));
            List<Long> shown = new ArrayList<>();
            List<Long> slowest = new ArrayList<>();
            List<Long> everything = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = -2; r < repeats; r++) { // two warm-up rounds
                long solo = slowestAlone(healthy, tokens, query);
                long[] times = fanOut(providers, tokens, query, ui);
                if (r >= 0) {
                    slowest.add(solo);
                    shown.add(times[0]);
                    everything.add(times[1]);
                    ratios.add((double) times[0] / solo);
                }
            }
            ui.shutdown();
            String section = section(
                    repeats,
                    median(shown),
                    median(slowest),
                    median(everything),
                    medianDouble(ratios),
                    ratios,
                    delays.get(PROVIDERS - 2));
            BenchmarkReport.writeSection(report, HEADING, section);
            System.out.println(section);
        } finally {
            servers.forEach(s -> s.stop(0));
            serverThreads.shutdownNow();
        }
        System.exit(0);
    }

    /** The node's real reply for the query: what every benchmark provider answers. */
    private static byte[] realAnswer(EucaimNode node, AccessTokenSource tokens, CohortQuery query) throws Exception {
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

    /** Each healthy provider alone, one after the other, through the same client: the slowest one's latency (ns). */
    private static long slowestAlone(List<QueryProvider> healthy, AccessTokenSource tokens, CohortQuery query)
            throws Exception {
        long worst = 0;
        for (QueryProvider p : healthy) {
            FederatedSearchClient client = new FederatedSearchClient(ClientConfig.of(p.endpoint()), tokens);
            long start = System.nanoTime();
            client.search(query).get(30, TimeUnit.SECONDS);
            worst = Math.max(worst, System.nanoTime() - start);
        }
        return worst;
    }

    /**
     * One query through the Query tab's view-model: [until every healthy provider's row shows its answer, until
     * every row (the slow one too) is final], in ns from {@code run()}.
     */
    private static long[] fanOut(
            List<QueryProvider> providers, AccessTokenSource tokens, CohortQuery query, ExecutorService ui)
            throws Exception {
        CountDownLatch healthyShown = new CountDownLatch(PROVIDERS - 1);
        CountDownLatch allShown = new CountDownLatch(PROVIDERS);
        String slow = providers.get(PROVIDERS - 1).name();
        QueryViewModel vm = new QueryViewModel(
                new FederatedQuery(tokens, Duration.ofSeconds(10), "bench"),
                () -> CompletableFuture.completedFuture(providers),
                ui,
                ui,
                (p, id) -> {},
                (id, title, foundBy) -> {});
        long[] marks = new long[2];
        long[] start = new long[1];
        CompletableFuture<Void> ran = CompletableFuture.runAsync(
                () -> {
                    vm.rows().addListener((ListChangeListener<ProviderRow>) c -> {
                        while (c.next()) {
                            for (ProviderRow row : c.getAddedSubList()) {
                                row.stateProperty().addListener((o, was, now) -> {
                                    if (now == ProviderRow.State.ANSWERED
                                            && !row.provider().name().equals(slow)) {
                                        healthyShown.countDown();
                                    }
                                    allShown.countDown();
                                });
                            }
                        }
                    });
                    vm.apply(query);
                    start[0] = System.nanoTime();
                    vm.run();
                },
                ui);
        ran.get(10, TimeUnit.SECONDS);
        if (!healthyShown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every healthy provider answered");
        }
        marks[0] = System.nanoTime() - start[0];
        if (!allShown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the slow provider never finished");
        }
        marks[1] = System.nanoTime() - start[0];
        return marks;
    }

    private static String section(
            int repeats,
            long shown,
            long slowest,
            long everything,
            double ratio,
            List<Double> ratios,
            int slowestHealthyDelay) {
        List<Double> sorted = new ArrayList<>(ratios);
        sorted.sort(null);
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Measured ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(" with `")
                .append(BenchmarkReport.COMMAND)
                .append("` (")
                .append(QueryFanOutBenchmark.class.getName())
                .append(").\n\n");
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Providers: ")
                .append(PROVIDERS)
                .append(" HTTP servers on 127.0.0.1 answering a real node's reply ")
                .append("(seed 1, 10 datasets) for `")
                .append("gender=female&gender=male&modality=MR&modality=CT")
                .append("&ageMin=40&ageMax=80`; the 49 healthy ones after 20..")
                .append(slowestHealthyDelay)
                .append(" ms, the slow one after ")
                .append(SLOW_MS)
                .append(" ms. Timeout 10 s.\n");
        md.append("- Client: the Query tab's `QueryViewModel` (fan-out by `FederatedQuery`, results delivered through ")
                .append("one \"UI\" thread), real PKCE sign-in against the node. ")
                .append(repeats)
                .append(" repeats after 2 warm-up rounds; in each, every healthy provider is first asked alone, one ")
                .append("after the other, through the same client (its own latency), then all 50 at once.\n\n");
        md.append("| figure (median of ").append(repeats).append(") | value |\n|---|---:|\n");
        md.append("| every healthy provider's result shown | ")
                .append(ms(shown))
                .append(" |\n");
        md.append("| slowest healthy provider alone | ").append(ms(slowest)).append(" |\n");
        md.append("| **ratio** (target ≤ 1.2) | **")
                .append(String.format(Locale.ROOT, "%.2f", ratio))
                .append("** |\n");
        md.append("| every provider final, the slow one included | ")
                .append(ms(everything))
                .append(" |\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Ratios over the repeats: min %.2f, max %.2f. ",
                sorted.get(0),
                sorted.get(sorted.size() - 1)));
        md.append("The slow provider never holds the others back: the healthy ones are shown about when the slowest ")
                .append("of them would answer alone, and only the slow one's own row waits its 2 s. Each fan-out call ")
                .append(
                        "starts at once (`HttpTransport.unqueued`): OkHttp's shared dispatcher allows 16 calls per host, ")
                .append("which would queue providers that share a host, as these do.\n");
        return md.toString();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return BenchmarkReport.percentile(sorted, 50);
    }

    private static double medianDouble(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}

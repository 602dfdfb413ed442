package eu.eucaim.workstation.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Query tab's logic without a screen, with the real fan-out ({@link FederatedQuery}) against two real nodes (B
 * trusts A's issuer) and a failing provider. {@link QueryViewModelTest} covers the view-model alone.
 */
class QueryIntegrationTest {
    @TempDir
    static Path temp;

    static EucaimNode a;
    static EucaimNode b;
    static AccessTokenSource tokens;

    /**
     * "UI thread" of the test: one thread, in order, as the FX thread is. Running each answer at once on whichever
     * thread delivered it let two providers' answers add up the totals at the same time (the total once missed one).
     */
    private final java.util.concurrent.ExecutorService ui =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "test-ui");
                t.setDaemon(true);
                return t;
            });

    @org.junit.jupiter.api.AfterEach
    void stopUi() {
        ui.shutdownNow();
    }

    private final Executor io = Runnable::run;
    private final Map<String, String> selected = new LinkedHashMap<>();
    private final List<String> opened = new ArrayList<>();
    private List<QueryProvider> providers;

    @BeforeAll
    static void start() throws Exception {
        a = EucaimNode.start(NodeConfig.defaults(temp, 1).withDatasetCount(4));
        b = EucaimNode.start(NodeConfig.defaults(temp, 2).withDatasetCount(4).withTrustedIssuers(List.of(a.baseUri())));
        tokens = RealSignIn.as(a.baseUri(), "researcher");
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    private QueryViewModel vm(Duration timeout) {
        providers = new ArrayList<>(
                List.of(new QueryProvider("Node A", a.baseUri()), new QueryProvider("Node B", b.baseUri())));
        return new QueryViewModel(
                new FederatedQuery(tokens, timeout, "test"),
                () -> CompletableFuture.completedFuture(List.copyOf(providers)),
                ui,
                io,
                (p, id) -> opened.add(p.name() + "/" + id),
                (id, title, foundBy) -> selected.put(id, title));
    }

    @Test
    void resultsArriveGroupedByProviderWithTotalsAndAFailureIsShownNotFatal() throws Exception {
        try (MockWebServer broken = new MockWebServer()) {
            broken.start(InetAddress.getLoopbackAddress(), 0);
            broken.enqueue(new MockResponse.Builder().code(500).body("boom").build());
            QueryViewModel vm = vm(Duration.ofSeconds(5));
            providers.add(new QueryProvider(
                    "Broken", broken.url("/api/federated-search").uri()));
            vm.choiceProperty(FilterCategory.GENDER, "female").set(true);
            vm.run();
            await(() -> !vm.runningProperty().get());

            assertThat(vm.rows()).extracting(r -> r.provider().name()).containsExactly("Node A", "Node B", "Broken");
            assertThat(vm.rows().get(0).statusProperty().get())
                    .startsWith("answered in ")
                    .endsWith(" ms");
            assertThat(vm.rows().get(2).stateProperty().get()).isEqualTo(ProviderRow.State.FAILED);
            assertThat(vm.rows().get(2).statusProperty().get())
                    .startsWith("failed: ")
                    .contains("500");
            long subjects = vm.rows().get(0).totalProperty().get().subjectsCount()
                    + vm.rows().get(1).totalProperty().get().subjectsCount();
            assertThat(subjects).isPositive();
            assertThat(vm.subjectsProperty().get()).isEqualTo(subjects);
            assertThat(vm.summaryProperty().get()).isEqualTo("2 of 3 providers answered, 1 failed");
            assertThat(vm.reportProperty().get().providers())
                    .extracting(p -> p.status())
                    .containsExactly(ProviderStatus.ANSWERED, ProviderStatus.ANSWERED, ProviderStatus.FAILED);

            FederatedSearchResponse.Collection first =
                    vm.rows().get(1).collections().get(0);
            vm.open(vm.rows().get(1), first);
            assertThat(opened).containsExactly("Node B/" + first.id());

            vm.addAllToSelection();
            int collections = vm.rows().get(0).collections().size()
                    + vm.rows().get(1).collections().size();
            assertThat(selected).hasSize(collections).containsEntry(first.id(), first.name());
            assertThat(vm.messageProperty().get()).isEqualTo(collections + " datasets added to the selection.");
        }
    }

    @Test
    void cancelStopsTheSilentProviderAndKeepsTheAnswers() throws Exception {
        try (MockWebServer silent = new MockWebServer()) {
            silent.start(InetAddress.getLoopbackAddress(), 0);
            silent.enqueue(new MockResponse.Builder()
                    .code(200)
                    .body("{}")
                    .headersDelay(30, TimeUnit.SECONDS)
                    .build());
            QueryViewModel vm = vm(Duration.ofSeconds(20));
            providers.add(new QueryProvider(
                    "Silent", silent.url("/api/federated-search").uri()));
            vm.run();
            await(() -> vm.rows().size() == 3
                    && vm.rows().get(0).stateProperty().get() != ProviderRow.State.ANSWERING
                    && vm.rows().get(1).stateProperty().get() != ProviderRow.State.ANSWERING);
            // The summary follows the rows' states (counted after them, on the UI thread): wait for it too.
            await(() -> "2 of 3 providers answered, 1 answering…"
                    .equals(vm.summaryProperty().get()));
            assertThat(vm.runningProperty().get()).isTrue();
            vm.cancel();
            await(() -> !vm.runningProperty().get());
            assertThat(vm.rows().get(2).statusProperty().get()).startsWith("cancelled");
            assertThat(vm.rows().get(0).stateProperty().get()).isEqualTo(ProviderRow.State.ANSWERED);
        }
    }

    @Test
    void aDownloadedReportOpensAgainAndRunsItsQuery() throws Exception {
        QueryViewModel vm = vm(Duration.ofSeconds(5));
        vm.choiceProperty(FilterCategory.BODY_PART, "lung").set(true);
        vm.ageMinProperty().set("50");
        vm.run();
        await(() -> !vm.runningProperty().get());
        long subjects = vm.subjectsProperty().get();
        Path file = temp.resolve("report.json");
        vm.saveReport(file).join();
        await(() ->
                ("Report saved to " + file + ".").equals(vm.messageProperty().get())); // said on the UI thread
        assertThat(Files.readString(file)).contains("\"description\" : \"Body part: lung · Age at diagnosis: ≥ 50\"");

        QueryViewModel other = vm(Duration.ofSeconds(5));
        other.openReport(file).join();
        await(() ->
                other.reportProperty().get() != null && other.subjectsProperty().get() == subjects);
        assertThat(other.query()).isEqualTo(vm.query());

        Path bad = Files.writeString(temp.resolve("bad.json"), "[1,2]");
        other.openReport(bad).exceptionally(e -> null).join();
        await(() -> other.messageProperty().get() != null
                && other.messageProperty().get().startsWith("Could not open"));
        assertThat(other.messageProperty().get())
                .startsWith("Could not open the report: ")
                .contains("bad.json");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }
}

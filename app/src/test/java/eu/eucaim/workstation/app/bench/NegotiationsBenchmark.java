package eu.eucaim.workstation.app.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.app.negotiation.NegotiationListViewModel;
import eu.eucaim.workstation.app.negotiation.outbox.Backoff;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActions;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActionsStore;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageView;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageViewModel;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * The Negotiations tab at scale (issue 15; upstream is slow there, negotiator#808): a negotiation of 1,000 datasets
 * opening in the negotiation page, and a list of 1,000 negotiations loading, each timed from the call until the view
 * holds the data, styled and laid out (JavaFX headless with the software pipeline), beside the same API calls
 * alone on loopback in the same run. Target: the tab adds at most 50 % and stays under 300 ms. Arguments: the report
 * file, then optionally the number of repeats (default 15).
 */
public final class NegotiationsBenchmark {
    static final String HEADING = "## Negotiations, 1,000 datasets and 1,000 negotiations";
    static final int DATASETS = 1000;
    static final int NEGOTIATIONS = 1000;

    /** What drawing the shown view once more costs, in software and headless (not part of the times above). */
    static final List<Long> FRAMES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private NegotiationsBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dataDir = Files.createTempDirectory("eucaim-bench-negotiations-");
        CountDownLatch fx = new CountDownLatch(1);
        Platform.startup(fx::countDown);
        fx.await();
        try (EucaimNode node =
                EucaimNode.start(NodeConfig.defaults(dataDir.resolve("node"), 1).withDatasetCount(DATASETS + 10))) {
            AccessTokenSource tokens = RealSignIn.as(node.baseUri(), "researcher");
            HttpNegotiationClient client =
                    new HttpNegotiationClient(ClientConfig.of(URI.create(node.baseUri() + "/api")), tokens);
            List<ResourceRef> all = datasets(node);
            long setUp = System.nanoTime();
            String big = client.createNegotiation(
                            client.createRequest(new NewRequest(node.baseUri().toString(), "all", all))
                                    .get(60, TimeUnit.SECONDS)
                                    .id(),
                            JsonNodeFactory.instance.objectNode(),
                            true)
                    .get(60, TimeUnit.SECONDS)
                    .id();
            for (int i = 1; i < NEGOTIATIONS; i++) {
                client.createNegotiation(
                                client.createRequest(
                                                new NewRequest(node.baseUri().toString(), "one", List.of(all.get(i))))
                                        .get(20, TimeUnit.SECONDS)
                                        .id(),
                                JsonNodeFactory.instance.objectNode(),
                                true)
                        .get(20, TimeUnit.SECONDS);
            }
            long made = System.nanoTime() - setUp;
            UserInfo me = client.userInfo().get(20, TimeUnit.SECONDS);

            List<Long> pageApi = new ArrayList<>();
            List<Long> pageTab = new ArrayList<>();
            List<Long> listApi = new ArrayList<>();
            List<Long> listTab = new ArrayList<>();
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                s.setScene(new Scene(new javafx.scene.layout.StackPane(), 1280, 800));
                s.show();
                return s;
            });
            for (int r = -3; r < repeats; r++) { // three warm-up rounds
                long a = pageCalls(client, big);
                long t = pageInTab(client, dataDir, stage, big);
                long la = listCalls(client, me.id());
                long lt = listInTab(client, stage);
                if (r >= 0) {
                    pageApi.add(a);
                    pageTab.add(t);
                    listApi.add(la);
                    listTab.add(lt);
                }
            }
            String section = section(repeats, made, pageApi, pageTab, listApi, listTab);
            BenchmarkReport.writeSection(report, HEADING, section);
            System.out.println(section);
        }
        Platform.exit();
        System.exit(0);
    }

    private static List<ResourceRef> datasets(EucaimNode node) throws Exception {
        HttpCatalogueClient catalogue = new HttpCatalogueClient(ClientConfig.of(node.baseUri()));
        List<ResourceRef> refs = new ArrayList<>();
        for (int page = 0; refs.size() < DATASETS; page++) {
            DatasetPage p = catalogue
                    .search(new DatasetQuery("", java.util.Map.of(), page, DatasetQuery.MAX_SIZE))
                    .get(30, TimeUnit.SECONDS);
            for (Dataset d : p.items()) {
                if (!d.observationalStudy() && refs.size() < DATASETS) {
                    refs.add(new ResourceRef(d.id(), d.title()));
                }
            }
            if (p.items().isEmpty()) {
                throw new IllegalStateException("the catalogue has fewer than " + DATASETS + " datasets");
            }
        }
        return refs;
    }

    /** The seven calls the page makes, at once, as it makes them: until the last answer (ns). */
    private static long pageCalls(HttpNegotiationClient c, String id) throws Exception {
        long start = System.nanoTime();
        CompletableFuture.allOf(
                        c.negotiation(id),
                        c.negotiationAccessForm(id),
                        c.resources(id),
                        c.attachments(id),
                        c.timeline(id),
                        c.posts(id),
                        c.lifecycle(id))
                .get(30, TimeUnit.SECONDS);
        return System.nanoTime() - start;
    }

    /** The negotiation page opened in the window: from open() until it holds its 1,000 datasets, laid out. */
    private static long pageInTab(HttpNegotiationClient c, Path dir, Stage stage, String id) throws Exception {
        NegotiationPageViewModel vm = onFx(() -> {
            PendingActions outbox = new PendingActions(
                    new PendingActionsStore(dir.resolve("outbox")),
                    c,
                    Platform::runLater,
                    Runnable::run,
                    (delay, task) -> () -> {},
                    Backoff.DEFAULT,
                    Clock.systemUTC());
            NegotiationPageViewModel page = new NegotiationPageViewModel(c, outbox, Platform::runLater);
            stage.getScene().setRoot(new NegotiationPageView(page, null));
            laidOut(stage);
            return page;
        });
        long start = System.nanoTime();
        onFx(() -> {
            vm.open(id);
            return null;
        });
        return untilLaidOut(
                stage, start, () -> !vm.busyProperty().get() && vm.resources().size() == DATASETS);
    }

    /** The researcher's list as the tab loads it: who they are, then every page of 100 (ns). */
    private static long listCalls(HttpNegotiationClient c, String userId) throws Exception {
        long start = System.nanoTime();
        c.userInfo().get(20, TimeUnit.SECONDS);
        int n = 0;
        for (int page = 0; ; page++) {
            HalLists.Negotiations p =
                    c.negotiations(userId, "AUTHOR", page, 100).get(20, TimeUnit.SECONDS);
            n += p.items().size();
            if (p.page() == null || page + 1 >= p.page().totalPages()) {
                break;
            }
        }
        if (n != NEGOTIATIONS) {
            throw new IllegalStateException("listed " + n + " negotiations");
        }
        return System.nanoTime() - start;
    }

    /** The list in the window: from load() until it holds all 1,000 rows, laid out. */
    private static long listInTab(HttpNegotiationClient c, Stage stage) throws Exception {
        NegotiationListViewModel vm = onFx(() -> {
            NegotiationListViewModel list = new NegotiationListViewModel(c, Platform::runLater);
            ListView<Object> view = new ListView<>();
            javafx.beans.binding.Bindings.bindContent(view.getItems(), list.rows());
            stage.getScene().setRoot(view);
            laidOut(stage);
            return list;
        });
        long start = System.nanoTime();
        onFx(() -> {
            vm.load();
            return null;
        });
        return untilLaidOut(
                stage, start, () -> !vm.loadingProperty().get() && vm.rows().size() == NEGOTIATIONS);
    }

    /** Waits (polling the FX thread) until {@code ready}, then lays out and draws the scene: ns from {@code start}. */
    private static long untilLaidOut(Stage stage, long start, BooleanSupplier ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Long done = onFx(() -> {
                if (!ready.getAsBoolean()) {
                    return null;
                }
                laidOut(stage);
                return System.nanoTime() - start;
            });
            if (done != null) {
                FRAMES.add(onFx(() -> {
                    long t = System.nanoTime();
                    stage.getScene().snapshot(null);
                    return System.nanoTime() - t;
                }));
                return done;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the view never showed the data");
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Styles and lays out the scene, as the FX thread does for a frame; drawing the frame then happens on JavaFX's
     * render thread, off the FX thread (its cost in software, headless, is reported apart: {@link #FRAMES}).
     */
    private static void laidOut(Stage stage) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static String section(
            int repeats, long made, List<Long> pageApi, List<Long> pageTab, List<Long> listApi, List<Long> listTab) {
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Measured ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(" with `")
                .append(BenchmarkReport.COMMAND)
                .append("` (")
                .append(NegotiationsBenchmark.class.getName())
                .append(").\n\n");
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Node: embedded, H2, on 127.0.0.1, demo catalogue of ")
                .append(eu.eucaim.workstation.app.fx.Formats.count(DATASETS + 10))
                .append(" datasets; one negotiation of ")
                .append(eu.eucaim.workstation.app.fx.Formats.count(DATASETS))
                .append(" datasets and ")
                .append(eu.eucaim.workstation.app.fx.Formats.count(NEGOTIATIONS))
                .append(" negotiations of the researcher, made over HTTP in ")
                .append(Timings.ms(made))
                .append(".\n");
        md.append("- The tab: the negotiation page's and the list's view-models with their JavaFX views in a headless")
                .append(" 1280 × 800 window (Monocle, software rendering), timed from the call until the view holds")
                .append(
                        " all the data, styled and laid out (drawing the frame is reported apart, below). The API alone: the same HTTP calls through the same")
                .append(" client (the page's seven at once; the list's userinfo and pages of 100 one after the other).")
                .append(" ")
                .append(repeats)
                .append(" repeats after 3 warm-up rounds, medians.\n\n");
        md.append("| what | API alone | in the tab | tab / API | target |\n| --- | ---: | ---: | ---: | --- |\n");
        row(md, "a negotiation of 1,000 datasets opens", pageApi, pageTab);
        row(md, "the list of 1,000 negotiations loads", listApi, listTab);
        md.append("\nDrawing one such frame in software, headless (a snapshot; in a window JavaFX draws on its render")
                .append(" thread, off the FX thread): median ")
                .append(Timings.ms(Timings.median(FRAMES)))
                .append(", not included above.\n");
        md.append("\nEach run (ms), API / tab: page ")
                .append(Timings.list(pageApi))
                .append(" / ")
                .append(Timings.list(pageTab))
                .append("; list ")
                .append(Timings.list(listApi))
                .append(" / ")
                .append(Timings.list(listTab))
                .append(".\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String what, List<Long> api, List<Long> tab) {
        long a = Timings.median(api);
        long t = Timings.median(tab);
        double ratio = (double) t / a;
        boolean met = ratio <= 1.5 && t < TimeUnit.MILLISECONDS.toNanos(300);
        md.append("| ")
                .append(what)
                .append(" | ")
                .append(Timings.ms(a))
                .append(" | ")
                .append(Timings.ms(t))
                .append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", ratio))
                .append(" | ≤ 1.5 and < 300 ms: ")
                .append(met ? "met" : "**not met**")
                .append(" |\n");
    }
}

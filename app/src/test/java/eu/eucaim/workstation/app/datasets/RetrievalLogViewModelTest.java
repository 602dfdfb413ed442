package eu.eucaim.workstation.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.images.LoggedDataset;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.images.HttpImageAccessClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stewards' retrieval log on a real node: a researcher views a public study's frames and keeps one instance; an
 * admin's view lists the dataset with the totals, filters by user and dates, and exports the CSV.
 */
class RetrievalLogViewModelTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    static Path dir;

    static EucaimNode node;
    static String datasetId;
    static long frameBytes;
    static long instanceBytes;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(dir.resolve("node"), 7));
        node.demoImagesPublished().get(2, TimeUnit.MINUTES);
        var researcher = RealSignIn.as(node.baseUri(), "researcher");
        var web = new HttpDicomWebClient(ClientConfig.of(URI.create(node.baseUri() + "/dicom-web")), researcher);
        DicomAttributes study = web.studies(QidoQuery.all()).get().get(0);
        String studyUid = study.string("0020000D").orElseThrow();
        datasetId = new HttpImageAccessClient(ClientConfig.of(node.baseUri()), researcher)
                .study(studyUid)
                .get()
                .datasetId();
        DicomAttributes series = web.series(studyUid, QidoQuery.all()).get().get(0);
        String seriesUid = series.string("0020000E").orElseThrow();
        String sop = web.instances(studyUid, seriesUid, QidoQuery.all())
                .get()
                .get(0)
                .string("00080018")
                .orElseThrow();
        frameBytes = web.frames(studyUid, seriesUid, sop, List.of(1), "*")
                .get()
                .get(0)
                .data()
                .length;
        Path kept =
                web.instance(studyUid, seriesUid, sop, dir.resolve("kept.dcm")).get();
        instanceBytes = Files.size(kept);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static RetrievalLogViewModel as(String user) throws Exception {
        return new RetrievalLogViewModel(
                new HttpImageAccessClient(ClientConfig.of(node.baseUri()), RealSignIn.as(node.baseUri(), user)), NOW);
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(done.getAsBoolean()).as("done in time").isTrue();
    }

    @Test
    void anAdminReadsWhoRetrievedWhatFiltersItAndExportsIt() throws Exception {
        RetrievalLogViewModel vm = as("admin");
        assertThat(vm.listHeadingProperty().get()).isEqualTo("Datasets you represent");
        vm.everyDataset(true);
        assertThat(vm.listHeadingProperty().get()).as("not theirs to represent").isEqualTo("Every dataset (admin)");
        vm.refresh();
        await(() -> !vm.datasets().isEmpty());
        LoggedDataset ours = vm.datasets().stream()
                .filter(d -> d.datasetId().equals(datasetId))
                .findFirst()
                .orElseThrow();
        assertThat(ours.retrievals()).isGreaterThanOrEqualTo(2);
        vm.datasetProperty().set(ours);
        await(() -> !vm.rows().isEmpty());
        assertThat(vm.rows()).anySatisfy(r -> {
            assertThat(r.username()).isEqualTo("researcher");
            assertThat(r.use()).isEqualTo("RETRIEVE");
            assertThat(r.bytes()).isGreaterThanOrEqualTo(instanceBytes);
        });
        assertThat(vm.rows()).anySatisfy(r -> {
            assertThat(r.use()).isEqualTo("VIEW");
            assertThat(r.bytes()).isGreaterThanOrEqualTo(frameBytes);
        });
        assertThat(vm.totalsProperty().get()).contains("by 1 user");

        vm.userProperty().set("nobody");
        vm.apply();
        await(() -> vm.rows().isEmpty());
        assertThat(vm.totalsProperty().get()).startsWith("0 retrievals");

        vm.userProperty().set("");
        vm.fromProperty().set("2026-02-30");
        vm.apply();
        assertThat(vm.statusProperty().get()).isEqualTo("From date '2026-02-30' is not a date: expected YYYY-MM-DD");

        vm.fromProperty().set("");
        Path csv = dir.resolve("log.csv");
        vm.export(csv);
        await(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("at,account,username,dataset,study,series,use,bytes");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(vm.suggestedFileName()).isEqualTo("retrievals-" + datasetId + ".csv");
    }

    @Test
    void aResearcherRepresentsNoDatasetAndIsToldSo() throws Exception {
        RetrievalLogViewModel vm = as("researcher");
        vm.refresh();
        await(() -> !vm.statusProperty().get().startsWith("Reading"));
        assertThat(vm.datasets()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("You represent no dataset");
    }
}

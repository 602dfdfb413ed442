package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.LoopbackServer;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue client against recorded EMX2 replies ({@link Emx2Recording}). The recorder and the replay are
 * checked against the node's own EMX2 endpoint: a session recorded there plays back to the same catalogue. Every
 * recording kept under {@code recorded/<name>/exchanges.json} (made against the live EUCAIM catalogue with
 * {@code Emx2LiveCatalogueCheck -Demx2.record=…}, docs/catalogue-emx2-client.md) is played back to the client, which
 * must read the same datasets and facets from it as the recorded replies hold.
 */
class Emx2RecordedRepliesTest {
    @TempDir
    Path temp;

    /** What the Catalogue tab asks on its first screens: a page, a filtered page, a record, the hierarchy. */
    static List<Object> session(CatalogueService c) throws Exception {
        List<Object> seen = new ArrayList<>();
        DatasetPage all = c.search(DatasetQuery.all()).get(60, TimeUnit.SECONDS);
        seen.add(all);
        all.facets().getOrDefault(CatalogueFacet.MODALITY.param(), List.of()).stream()
                .findFirst()
                .ifPresent(v -> seen.add(c.search(
                                new DatasetQuery("", Map.of(CatalogueFacet.MODALITY, List.of(v.value())), 0, 20))
                        .join()));
        if (!all.items().isEmpty()) {
            seen.add(c.dataset(all.items().get(0).id()).get(60, TimeUnit.SECONDS));
        }
        seen.add(c.networks().get(60, TimeUnit.SECONDS));
        seen.add(c.summary().get(60, TimeUnit.SECONDS));
        return seen;
    }

    @Test
    void aSessionRecordedAgainstTheNodePlaysBackToTheSameCatalogue() throws Exception {
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 5)
                .withDatasetCount(12)
                .withDemoImageDatasets(0))) {
            node.demoDataComplete().get(90, TimeUnit.SECONDS);
            List<Object> live;
            Path file = temp.resolve("recorded/exchanges.json");
            try (Emx2Recording.Recorder recorder = new Emx2Recording.Recorder(node.baseUri())) {
                live = session(new Emx2CatalogueClient(ClientConfig.of(recorder.uri())));
                recorder.save(file);
                assertThat(recorder.exchanges())
                        .extracting(Emx2Recording.Exchange::path)
                        .contains("/Eucaim/graphql", "/Eucaim/api/rdf/Collections");
            }
            List<Object> replayed;
            try (LoopbackServer replay = Emx2Recording.replay(Emx2Recording.load(file))) {
                replayed = session(new Emx2CatalogueClient(ClientConfig.of(replay.uri())));
            }
            assertThat(replayed).isEqualTo(live);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordingReadsAsTheCatalogueItHolds() throws Exception {
        Path dir = recordings();
        if (dir == null) {
            return Stream.empty();
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path f : folders.filter(p -> Files.isRegularFile(p.resolve("exchanges.json")))
                    .sorted()
                    .toList()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    try (LoopbackServer replay =
                            Emx2Recording.replay(Emx2Recording.load(f.resolve("exchanges.json")))) {
                        DatasetPage page = new Emx2CatalogueClient(ClientConfig.of(replay.uri()))
                                .search(DatasetQuery.all())
                                .get(60, TimeUnit.SECONDS);
                        assertThat(page.items()).isNotEmpty();
                        assertThat(page.total())
                                .isGreaterThanOrEqualTo(page.items().size());
                        assertThat(page.facets().get(CatalogueFacet.MODALITY.param()))
                                .isNotEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static Path recordings() throws URISyntaxException {
        java.net.URL url = Emx2RecordedRepliesTest.class.getResource("recorded");
        return url == null ? null : Path.of(url.toURI());
    }
}

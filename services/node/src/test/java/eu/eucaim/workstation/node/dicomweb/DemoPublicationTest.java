package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.auth.ProviderClient;
import eu.eucaim.workstation.node.samples.DatasetSampleStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo studies in the DICOM store: every access model gets some, bounded, and a restart stores nothing again. */
class DemoPublicationTest {
    @TempDir
    Path temp;

    @Test
    void aRestartedNodeStoresNothingAgainAndServesTheSameStudies() throws Exception {
        NodeConfig config = NodeConfig.defaults(temp, 1).withDatasetCount(5);
        Map<Path, FileTime> first;
        Set<String> studies;
        try (EucaimNode node = EucaimNode.start(config)) {
            node.demoImagesPublished().get(2, TimeUnit.MINUTES);
            first = files();
            studies = studies(node);
        }
        assertThat(first).isNotEmpty();
        assertThat(studies).isNotEmpty();
        try (EucaimNode node = EucaimNode.start(config)) {
            node.demoImagesPublished().get(2, TimeUnit.MINUTES);
            assertThat(files()).isEqualTo(first); // same files, none written again
            assertThat(studies(node)).isEqualTo(studies);
        }
    }

    @Test
    void everyAccessModelGetsImagesUpToTheBound() {
        List<Dataset> all = catalogue();
        assertThat(DemoPublication.chosen(all, 0)).isEmpty(); // the demo federation's other nodes publish none
        List<Dataset> chosen = DemoPublication.chosen(all, 1);
        Set<List<Object>> models = new HashSet<>();
        all.stream().filter(d -> DatasetSampleStores.generatorOf(d).isPresent()).forEach(d -> models.add(model(d)));
        assertThat(chosen).hasSize(models.size());
        assertThat(chosen.stream().map(DemoPublicationTest::model)).containsExactlyInAnyOrderElementsOf(models);
        // Public ones too: any researcher finds images without a grant.
        assertThat(chosen).anyMatch(d -> d.accessRights() == eu.eucaim.workstation.api.catalogue.AccessRights.PUBLIC);
        // Not only downloadable ones: the sample stores' generator, without their DOWNLOAD filter.
        assertThat(chosen).anyMatch(d -> !d.accessConditions().contains(AccessCondition.DOWNLOAD));
        assertThat(DemoPublication.chosen(all, 1000)).hasSize((int) all.stream()
                .filter(d -> DatasetSampleStores.generatorOf(d).isPresent())
                .count());
    }

    /** An access model: public or not, and the set of access conditions. */
    private static List<Object> model(Dataset d) {
        return List.of(
                d.accessRights() == eu.eucaim.workstation.api.catalogue.AccessRights.PUBLIC,
                Set.copyOf(d.accessConditions()));
    }

    private List<Dataset> catalogue() {
        try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(temp.resolve("catalogue"), 1))) {
            DatasetPage page = Json.mapper()
                    .readValue(
                            node.baseUri()
                                    .resolve("/api/catalogue/datasets?size=200")
                                    .toURL(),
                            DatasetPage.class);
            return page.items();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<Path, FileTime> files() throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(temp.resolve("dicom-store"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    private static Set<String> studies(EucaimNode node) {
        String token = new ProviderClient(node.baseUri()).login("admin").accessToken();
        Set<String> out = new HashSet<>();
        new DicomWebClient(node.baseUri())
                .get("/dicom-web/studies", token, null)
                .json()
                .forEach(s -> out.add(s.path("0020000D").path("Value").get(0).asText()));
        return out;
    }
}

package eu.eucaim.workstation.app;

import static eu.eucaim.workstation.app.Futures.await;
import static eu.eucaim.workstation.app.Futures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.node.NodeInfoClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP clients against a real node on loopback: the success paths MockWebServer cannot vouch for. */
class CatalogueOverHttpIntegrationTest {
    @TempDir
    static Path dataDir;

    private static EucaimNode node;
    private static HttpCatalogueClient catalogue;

    @BeforeAll
    static void startNode() {
        node = EucaimNode.start(NodeConfig.defaults(dataDir, 1));
        catalogue = new HttpCatalogueClient(ClientConfig.of(node.baseUri()));
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void healthNamesTheNodeAndItsSeed() {
        NodeInfo info = await(new NodeInfoClient(ClientConfig.of(node.baseUri())).info());
        assertThat(info.status()).isEqualTo("ok");
        assertThat(info.seed()).isEqualTo(1L);
        assertThat(info.name()).isNotBlank();
    }

    @Test
    void firstPageHasEveryFacetAndAgreesWithTheSummary() {
        DatasetPage page = await(catalogue.search(DatasetQuery.all()));
        CatalogueSummary summary = await(catalogue.summary());

        assertThat(page.items()).isNotEmpty().hasSizeLessThanOrEqualTo(DatasetQuery.DEFAULT_SIZE);
        assertThat(page.facets().keySet())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(CatalogueFacet.values())
                        .map(CatalogueFacet::param)
                        .toArray(String[]::new));
        assertThat(page.total()).isEqualTo(summary.datasets());
        assertThat(summary.subjectsByDataset()).hasSize(summary.datasets());
    }

    @Test
    void facetFilterReturnsAsManyDatasetsAsItsCountAllHavingTheValue() {
        FacetValue mostCommon = await(catalogue.search(DatasetQuery.all()))
                .facets()
                .get("modality")
                .get(0);
        DatasetQuery query = new DatasetQuery(
                "", Map.of(CatalogueFacet.MODALITY, List.of(mostCommon.value())), 0, DatasetQuery.MAX_SIZE);

        DatasetPage filtered = await(catalogue.search(query));

        assertThat(filtered.total()).isEqualTo(mostCommon.count());
        assertThat(filtered.items())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.modalities()).contains(mostCommon.value()));
    }

    @Test
    void textSearchFindsADatasetByAWordOfItsTitle() {
        Dataset first = await(catalogue.search(DatasetQuery.all())).items().get(0);
        String word = java.util.Arrays.stream(first.title().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4)
                .findFirst()
                .orElseThrow();
        DatasetQuery query = new DatasetQuery(word.toLowerCase(Locale.ROOT), Map.of(), 0, DatasetQuery.MAX_SIZE);

        DatasetPage found = await(catalogue.search(query));

        assertThat(found.items()).extracting(Dataset::id).contains(first.id());
        assertThat(found.total()).isLessThanOrEqualTo(await(catalogue.summary()).datasets());
    }

    @Test
    void pagesDoNotOverlap() {
        List<Dataset> first =
                await(catalogue.search(new DatasetQuery("", Map.of(), 0, 5))).items();
        List<Dataset> second =
                await(catalogue.search(new DatasetQuery("", Map.of(), 1, 5))).items();
        Set<String> ids = first.stream().map(Dataset::id).collect(Collectors.toCollection(HashSet::new));
        assertThat(first).hasSize(5);
        assertThat(second).isNotEmpty().noneMatch(d -> ids.contains(d.id()));
    }

    @Test
    void datasetByIdIsTheOneInTheSearchResults() {
        Dataset listed = await(catalogue.search(DatasetQuery.all())).items().get(0);
        assertThat(await(catalogue.dataset(listed.id()))).isEqualTo(listed);
    }

    @Test
    void unknownDatasetIsANotFoundError() {
        ServiceErrorException e = failureOf(catalogue.dataset("no-such-dataset"), ServiceErrorException.class);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.body().error()).isEqualTo("not_found");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void networksHoldBiobanksThatHoldTheCataloguesDatasets() {
        List<Network> networks = await(catalogue.networks());
        CatalogueSummary summary = await(catalogue.summary());
        assertThat(networks).hasSize(summary.networks());
        assertThat(networks).allSatisfy(n -> assertThat(n.biobanks()).isNotEmpty());
        String someDataset = networks.get(0).biobanks().get(0).datasets().get(0).id();
        assertThat(await(catalogue.dataset(someDataset)).id()).isEqualTo(someDataset);
    }
}

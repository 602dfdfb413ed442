package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EMX2 catalogue client against the node's own EMX2 endpoint (schema {@code Eucaim}): the same pages, totals,
 * facet counts and dataset records as the node's REST catalogue gives for the same searches, so the Catalogue tab can
 * use one client for the node and for the real EUCAIM catalogue.
 */
class Emx2AgainstNodeTest {
    @TempDir
    static Path temp;

    static EucaimNode node;
    static Emx2CatalogueClient emx2;
    static HttpCatalogueClient rest;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(
                NodeConfig.defaults(temp, 41).withDatasetCount(60).withDemoImageDatasets(0));
        node.demoDataComplete().get(90, TimeUnit.SECONDS);
        emx2 = new Emx2CatalogueClient(ClientConfig.of(node.baseUri()));
        rest = new HttpCatalogueClient(ClientConfig.of(node.baseUri()));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /**
     * A facet's counts by value; body parts and manufacturers by label, lower case: the EMX2 model names them by its
     * own codes (SNOMED CT, {@code ge}) where the REST catalogue uses plain names (both show "Breast").
     */
    private static Map<String, Long> counts(String facet, List<FacetValue> values) {
        return values.stream()
                .collect(Collectors.toMap(
                        v -> facet.equals("bodyPart") || facet.equals("manufacturer")
                                ? v.label().toLowerCase(java.util.Locale.ROOT)
                                : v.value(),
                        FacetValue::count,
                        Long::sum,
                        TreeMap::new));
    }

    @Test
    void searchesGiveTheRestCataloguesPagesTotalsAndFacetCounts() throws Exception {
        DatasetPage all = rest.search(DatasetQuery.all()).get(30, TimeUnit.SECONDS);
        String modality = all.facets().get("modality").get(0).value();
        String country = all.facets().get("country").get(0).value();
        String condition = all.facets().get("condition").get(0).value();
        List<DatasetQuery> queries = List.of(
                DatasetQuery.all(),
                new DatasetQuery("", Map.of(CatalogueFacet.MODALITY, List.of(modality)), 0, 20),
                new DatasetQuery(
                        "",
                        Map.of(CatalogueFacet.COUNTRY, List.of(country), CatalogueFacet.CONDITION, List.of(condition)),
                        0,
                        10),
                new DatasetQuery("", Map.of(), 2, 10));
        for (DatasetQuery q : queries) {
            DatasetPage expected = rest.search(q).get(30, TimeUnit.SECONDS);
            DatasetPage got = emx2.search(q).get(30, TimeUnit.SECONDS);
            assertThat(got.total()).as("total of %s", q).isEqualTo(expected.total());
            assertThat(got.items())
                    .extracting(Dataset::id)
                    .as("page of %s", q)
                    .containsExactlyElementsOf(
                            expected.items().stream().map(Dataset::id).toList());
            for (String facet : List.of("country", "condition", "modality", "bodyPart", "manufacturer")) {
                assertThat(counts(facet, got.facets().getOrDefault(facet, List.of())))
                        .as("facet %s of %s", facet, q)
                        .isEqualTo(counts(facet, expected.facets().get(facet)));
            }
        }
    }

    @Test
    void aDatasetsRecordHasTheRestCataloguesTitleDescriptionAndModalities() throws Exception {
        DatasetPage page = rest.search(DatasetQuery.all()).get(30, TimeUnit.SECONDS);
        for (Dataset d : page.items().subList(0, 5)) {
            Dataset expected = rest.dataset(d.id()).get(30, TimeUnit.SECONDS);
            Dataset got = emx2.dataset(d.id()).get(30, TimeUnit.SECONDS);
            assertThat(got.id()).isEqualTo(expected.id());
            assertThat(got.title()).isEqualTo(expected.title());
            assertThat(got.description()).isEqualTo(expected.description());
            assertThat(got.modalities()).containsExactlyInAnyOrderElementsOf(expected.modalities());
        }
    }
}

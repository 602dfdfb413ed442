package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
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
 * facet counts (access conditions too), dataset records and hierarchy as the node's REST catalogue gives for the same
 * searches, so the Catalogue tab uses one client for the node and for the real EUCAIM catalogue.
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
     * A facet's counts by value and label; body parts and manufacturers by label alone, lower case: the EMX2 model
     * names them by its own codes (SNOMED CT, {@code ge}) where the REST catalogue uses plain names (both show
     * "Breast").
     */
    private static Map<String, Long> counts(String facet, List<FacetValue> values) {
        return values.stream()
                .collect(Collectors.toMap(
                        v -> facet.equals("bodyPart") || facet.equals("manufacturer")
                                ? v.label().toLowerCase(java.util.Locale.ROOT)
                                : v.value() + " = " + v.label(),
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
                new DatasetQuery(
                        "", Map.of(CatalogueFacet.ACCESS_CONDITION, List.of(AccessCondition.DOWNLOAD.name())), 0, 20),
                new DatasetQuery(
                        "",
                        Map.of(
                                CatalogueFacet.ACCESS_CONDITION,
                                List.of(
                                        AccessCondition.IN_SITU_PROCESSING.name(),
                                        AccessCondition.REMOTE_PROCESSING.name()),
                                CatalogueFacet.MODALITY,
                                List.of(modality)),
                        0,
                        20),
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
            for (int i = 0; i < got.items().size(); i++) {
                assertSameRecord(got.items().get(i), expected.items().get(i), true);
            }
            for (CatalogueFacet facet : CatalogueFacet.values()) {
                assertThat(counts(facet.param(), got.facets().getOrDefault(facet.param(), List.of())))
                        .as("facet %s of %s", facet, q)
                        .isEqualTo(counts(facet.param(), expected.facets().get(facet.param())));
            }
        }
    }

    @Test
    void everyDatasetsRecordReadFromRdfIsTheRestCataloguesOne() throws Exception {
        DatasetPage page = rest.search(new DatasetQuery("", Map.of(), 0, 100)).get(30, TimeUnit.SECONDS);
        assertThat(page.items()).hasSize((int) page.total());
        assertThat(page.items()).anyMatch(Dataset::observationalStudy);
        for (Dataset d : page.items()) {
            assertSameRecord(
                    emx2.dataset(d.id()).get(30, TimeUnit.SECONDS),
                    rest.dataset(d.id()).get(30, TimeUnit.SECONDS),
                    false);
        }
    }

    @Test
    void theHierarchyIsTheRestCataloguesNetworksBiobanksAndDatasets() throws Exception {
        assertThat(emx2.networks().get(30, TimeUnit.SECONDS))
                .isEqualTo(rest.networks().get(30, TimeUnit.SECONDS));
    }

    /**
     * Everything the Catalogue shows, but what the model says in its own vocabulary (docs/catalogue-emx2-client.md):
     * the type is the model's dataset type, sex and body parts are its terms' names and labels ("Female",
     * "Breast"), RDF keeps no order of a list ({@code ordered} false: the client lists terms by name), and a licence
     * that is not the EU authority's has no IRI.
     */
    private static void assertSameRecord(Dataset got, Dataset expected, boolean ordered) {
        String id = expected.id();
        assertThat(got)
                .as(id)
                .usingRecursiveComparison()
                .ignoringFields("type", "birthSex", "bodyParts", "keywords", "annotationLabels", "licence")
                .ignoringFields(ordered ? new String[0] : new String[] {"modalities", "manufacturers", "conditions"})
                .isEqualTo(expected);
        assertThat(got.modalities()).as(id).containsExactlyInAnyOrderElementsOf(expected.modalities());
        assertThat(got.manufacturers()).as(id).containsExactlyInAnyOrderElementsOf(expected.manufacturers());
        assertThat(got.conditions()).as(id).containsExactlyInAnyOrderElementsOf(expected.conditions());
        assertThat(lower(got.birthSex())).as(id).containsExactlyInAnyOrderElementsOf(lower(expected.birthSex()));
        assertThat(lower(got.bodyParts())).as(id).containsExactlyInAnyOrderElementsOf(lower(expected.bodyParts()));
        assertThat(got.keywords()).as(id).containsExactlyInAnyOrderElementsOf(expected.keywords());
        assertThat(got.annotationLabels()).as(id).containsExactlyInAnyOrderElementsOf(expected.annotationLabels());
        if (expected.licence().startsWith("CC")) {
            assertThat(got.licence()).as(id).isEqualTo(expected.licence());
        } else {
            assertThat(got.licence()).as(id).isNull();
        }
        assertThat(got.type()).as(id).isIn("Original datasets", "Annotated datasets");
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}

package eu.eucaim.workstation.node.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Publisher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search semantics on a hand-made catalogue small enough to count by eye. */
class CatalogueIndexTest {
    private static final Condition LUNG = new Condition("SNOMEDCT363358000", "Lung cancer");
    private final CatalogueIndex index = CatalogueIndex.of(new CatalogueStore.Contents(
            List.of(
                    dataset("a", "Alpha lung CT", "ES", List.of("CT")),
                    dataset("b", "Beta lung CT and MR", "ES", List.of("CT", "MR")),
                    dataset("c", "Gamma lung MR", "IT", List.of("MR")),
                    dataset("d", "Delta lung PT", "IT", List.of("PT"))),
            List.of(),
            Map.of("CT", 3L),
            Map.of("lung", 4L)));

    @Test
    void facetsAreCountedWithEveryFilterButTheirOwn() {
        DatasetPage page = index.search(
                query("", Map.of(CatalogueFacet.MODALITY, List.of("MR"), CatalogueFacet.COUNTRY, List.of("ES"))));
        assertThat(page.items()).extracting(Dataset::id).containsExactly("b");
        // modality counts: country=ES only → a (CT), b (CT, MR)
        assertThat(page.facets().get("modality"))
                .containsExactly(
                        new FacetValue("CT", "CT (Computed tomography)", 2),
                        new FacetValue("MR", "MR (Magnetic resonance)", 1));
        // country counts: modality=MR only → b (ES), c (IT)
        assertThat(page.facets().get("country"))
                .containsExactly(new FacetValue("IT", "Italy", 1), new FacetValue("ES", "Spain", 1));
        // other facets: both filters → b only
        assertThat(page.facets().get("condition")).containsExactly(new FacetValue(LUNG.code(), "Lung cancer", 1));
    }

    @Test
    void aSelectedValueWithNoMatchesStaysVisible() {
        DatasetPage page = index.search(query("", Map.of(CatalogueFacet.COUNTRY, List.of("FR"))));
        assertThat(page.total()).isZero();
        assertThat(page.facets().get("country")).contains(new FacetValue("FR", "France", 0));
    }

    @Test
    void everyWordOfTheTextMustOccurAndResultsAreInTitleOrder() {
        assertThat(index.search(query("LUNG mr", Map.of())).items())
                .extracting(Dataset::id)
                .containsExactly("b", "c");
        assertThat(index.search(query("keyword-of-d", Map.of())).items())
                .extracting(Dataset::id)
                .containsExactly("d");
        assertThat(index.search(query("", Map.of())).items())
                .extracting(Dataset::title)
                .containsExactly("Alpha lung CT", "Beta lung CT and MR", "Delta lung PT", "Gamma lung MR");
    }

    @Test
    void pagesBeyondTheEndAreEmpty() {
        DatasetPage page = index.search(new DatasetQuery("", Map.of(), 5, 3));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(4);
    }

    private static DatasetQuery query(String text, Map<CatalogueFacet, List<String>> filters) {
        return new DatasetQuery(text, filters, 0, 20);
    }

    private static Dataset dataset(String id, String title, String country, List<String> modalities) {
        return new Dataset(
                id,
                title,
                "Description of " + id,
                "1.0",
                "Retrospective cohort",
                AccessRights.PUBLIC,
                List.of(AccessCondition.DOWNLOAD),
                new Publisher("bb-" + id, "Demo Imaging Biobank " + id, country),
                new ContactPoint("Desk", "desk@x.example"),
                "net",
                10,
                20,
                List.of("male"),
                40,
                80,
                List.of(LUNG),
                modalities,
                List.of("Siemens"),
                List.of("lung"),
                List.of("keyword-of-" + id),
                "provenance",
                null,
                List.of(),
                0,
                "CC-BY-4.0",
                false);
    }
}

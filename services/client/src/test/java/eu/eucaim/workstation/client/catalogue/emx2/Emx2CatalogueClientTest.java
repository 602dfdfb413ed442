package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.client.ClientConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against recorded EMX2 replies of both naming styles of the EUCAIM model (DCAT-style
 * {@code hasImageModality}, Directory-style {@code imaging_modality}), served over real HTTP on loopback: the same
 * catalogue must come out of both, since fields are bound by semantics, not by column name.
 */
class Emx2CatalogueClientTest {
    static final DatasetQuery QUERY = new DatasetQuery(
            "cancer",
            Map.of(CatalogueFacet.MODALITY, List.of("MR", "CT"), CatalogueFacet.COUNTRY, List.of("DE")),
            1,
            20);

    @ParameterizedTest
    @ValueSource(strings = {"dcat", "directory"})
    void aPageWithItsDatasetsAndFacets(String style) throws Exception {
        try (RecordedEmx2 emx2 = new RecordedEmx2(style)) {
            Emx2CatalogueClient client = new Emx2CatalogueClient(ClientConfig.of(emx2.uri()));
            DatasetPage page = client.search(QUERY).get(20, TimeUnit.SECONDS);

            assertThat(emx2.queries).hasSize(2);
            assertThat(emx2.queries.get(0)).isEqualTo(Emx2Schema.QUERY);
            assertThat(emx2.queries.get(1)).isEqualTo(RecordedEmx2.text(style + "/page.graphql"));

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.page()).isEqualTo(1);
            assertThat(page.items()).extracting(Dataset::id).containsExactly("ds-0001", "ds-0002");
            Dataset d = page.items().get(0);
            assertThat(d.title()).isEqualTo("Breast cancer MR/MG cohort, Heidelberg");
            assertThat(d.description()).isEqualTo("Screening and diagnostic breast imaging.");
            assertThat(d.modalities()).containsExactly("MR", "MG");
            assertThat(d.bodyParts()).containsExactly("Breast");
            assertThat(d.manufacturers()).containsExactly("Siemens Healthineers");
            assertThat(d.conditions())
                    .containsExactly(new Condition("SNOMEDCT254837009", "254837009 - Malignant tumor of breast"));
            assertThat(d.birthSex()).containsExactly("Female");
            assertThat(d.subjects()).isEqualTo(300);
            assertThat(d.studies()).isEqualTo(1200);
            assertThat(d.minTypicalAge()).isEqualTo(40);
            assertThat(d.maxTypicalAge()).isEqualTo(80);
            assertThat(d.keywords()).containsExactly("breast", "screening");
            assertThat(d.accessRights()).isEqualTo(AccessRights.PUBLIC);
            assertThat(d.networkId()).isEqualTo("bb-heidelberg");
            assertThat(d.publisher().name()).isEqualTo("Publisher p-hd");
            assertThat(d.publisher().country()).isEqualTo("DE");
            assertThat(d.contactPoint().name()).isEqualTo("Data steward c-hd");
            assertThat(d.version()).isEqualTo(style.equals("dcat") ? "1.0" : null);
            assertThat(page.items().get(1).accessRights()).isEqualTo(AccessRights.NON_PUBLIC);
            assertThat(page.items().get(1).maxTypicalAge()).isNull();

            assertThat(page.facets().get("modality"))
                    .containsExactly(
                            new FacetValue("CT", "Computed Tomography", 1),
                            new FacetValue("MR", "Magnetic Resonance", 1),
                            new FacetValue("MG", "Mammography", 1));
            assertThat(page.facets().get("country"))
                    .containsExactly(new FacetValue("DE", "Germany", 1), new FacetValue("SE", "Sweden", 1));
            assertThat(page.facets().get("bodyPart"))
                    .extracting(FacetValue::label)
                    .containsExactly("Breast", "Chest");
            assertThat(page.facets().get("accessCondition")).isEmpty();
            assertThat(page.facets().keySet())
                    .containsExactlyInAnyOrder(List.of(CatalogueFacet.values()).stream()
                            .map(CatalogueFacet::param)
                            .toArray(String[]::new));

            client.search(DatasetQuery.all()).get(20, TimeUnit.SECONDS);
            assertThat(emx2.queries).as("the schema is discovered once").hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dcat", "directory"})
    void oneDatasetFromTheRdfApi(String style) throws Exception {
        try (RecordedEmx2 emx2 = new RecordedEmx2(style)) {
            Emx2CatalogueClient client = new Emx2CatalogueClient(ClientConfig.of(emx2.uri()));
            String id = style.equals("dcat") ? "ds-0001" : "ds-0002";
            Dataset d = client.dataset(id).get(20, TimeUnit.SECONDS);

            assertThat(d.id()).isEqualTo(id);
            if (style.equals("dcat")) {
                // Column predicates win over the semantic ones (whose object is the DICOM tag's IRI, not a term).
                // RDF has no order.
                assertThat(d.modalities()).containsExactlyInAnyOrder("MR", "MG");
                assertThat(d.subjects()).isEqualTo(300);
                assertThat(d.conditions())
                        .containsExactly(new Condition("SNOMEDCT254837009", "254837009 - Malignant tumor of breast"));
                assertThat(d.bodyParts()).containsExactly("Breast");
                assertThat(d.publisher().country()).isEqualTo("DE");
                assertThat(d.networkId()).isEqualTo("bb-heidelberg");
                assertThat(d.accessRights()).isEqualTo(AccessRights.PUBLIC);
                assertThat(d.version()).isEqualTo("1.0");
            } else {
                assertThat(d.title()).isEqualTo("Lung cancer CT cohort, Uppsala");
                assertThat(d.modalities()).containsExactly("CT");
                assertThat(d.studies()).isEqualTo(800);
                assertThat(d.birthSex()).containsExactlyInAnyOrder("Female", "Male");
                assertThat(d.bodyParts()).containsExactly("Chest");
                assertThat(d.manufacturers()).containsExactly("GE HealthCare");
                assertThat(d.accessRights()).isEqualTo(AccessRights.NON_PUBLIC);
                assertThat(d.networkId()).isEqualTo("bb-uppsala");
            }
            // Labels the Turtle did not carry were asked of the ontology tables, by key.
            String labelQuery = emx2.queries.get(emx2.queries.size() - 1);
            assertThat(labelQuery).containsPattern("t\\d+: \\w+\\(filter: \\{ _or: \\[ \\{ name: \\{ equals: \\[");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dcat", "directory"})
    void seriesAndTheDashboardSummary(String style) throws Exception {
        try (RecordedEmx2 emx2 = new RecordedEmx2(style)) {
            Emx2CatalogueClient client = new Emx2CatalogueClient(ClientConfig.of(emx2.uri()));
            List<Network> networks = client.networks().get(20, TimeUnit.SECONDS);
            assertThat(networks).hasSize(1);
            assertThat(networks.get(0).biobanks())
                    .extracting(b -> b.id() + "|" + b.name() + "|" + b.country() + "|"
                            + b.datasets().size())
                    .containsExactly(
                            "bb-heidelberg|Demo Imaging Biobank Heidelberg|DE|1",
                            "bb-uppsala|Demo Imaging Biobank Uppsala|SE|1");

            CatalogueSummary s = client.summary().get(20, TimeUnit.SECONDS);
            assertThat(s.datasets()).isEqualTo(2);
            assertThat(s.biobanks()).isEqualTo(2);
            assertThat(s.countries()).isEqualTo(2);
            assertThat(s.subjects()).isEqualTo(550);
            assertThat(s.studies()).isEqualTo(2000);
            assertThat(s.subjectsByDataset())
                    .extracting(c -> c.key() + "=" + c.count())
                    .containsExactly("ds-0001=300", "ds-0002=250");
            assertThat(s.studiesByModality())
                    .extracting(c -> c.label() + "=" + c.count())
                    .containsExactly("Magnetic Resonance=1200", "Mammography=1200", "Computed Tomography=800");
            assertThat(s.subjectsByBodyPart())
                    .extracting(c -> c.label() + "=" + c.count())
                    .containsExactly("Breast=300", "Chest=250");
        }
    }
}

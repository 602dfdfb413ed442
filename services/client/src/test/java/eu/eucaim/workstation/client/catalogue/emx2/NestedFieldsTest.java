package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Fields of referenced rows (period, distributions' rights, licence) read from a GraphQL row, and what a row the app
 * cannot read there does: that field is left out, never the dataset.
 */
class NestedFieldsTest {
    private static final String SCHEMA = """
            {"tables": [
              {"name": "collections", "id": "Collections", "columns": [
                {"name": "id", "id": "id", "columnType": "STRING", "key": 1, "semantics": []},
                {"name": "title", "id": "title", "columnType": "STRING_ARRAY",
                 "semantics": ["http://purl.org/dc/terms/title"]},
                {"name": "temporal", "id": "temporal", "columnType": "REF_ARRAY", "refTableId": "Periodoftime",
                 "semantics": ["http://purl.org/dc/terms/temporal"]},
                {"name": "distribution", "id": "distribution", "columnType": "REF_ARRAY",
                 "refTableId": "Distribution", "semantics": ["http://www.w3.org/ns/dcat#distribution"]}]},
              {"name": "periodoftime", "id": "Periodoftime", "columns": [
                {"name": "id", "id": "id", "columnType": "STRING", "key": 1, "semantics": []},
                {"name": "startDate", "id": "startDate", "columnType": "DATETIME",
                 "semantics": ["http://www.w3.org/ns/dcat#startDate"]},
                {"name": "endDate", "id": "endDate", "columnType": "DATETIME",
                 "semantics": ["http://www.w3.org/ns/dcat#endDate"]}]},
              {"name": "distribution", "id": "Distribution", "columns": [
                {"name": "id", "id": "id", "columnType": "STRING", "key": 1, "semantics": []},
                {"name": "license", "id": "license", "columnType": "HYPERLINK",
                 "semantics": ["http://purl.org/dc/terms/license"]},
                {"name": "rights", "id": "rights", "columnType": "REF", "refTableId": "Rightsstatement",
                 "semantics": ["http://purl.org/dc/terms/rights"]}]},
              {"name": "rightsstatement", "id": "Rightsstatement", "columns": [
                {"name": "id", "id": "id", "columnType": "STRING", "key": 1, "semantics": []},
                {"name": "label", "id": "label", "columnType": "STRING",
                 "semantics": ["http://www.w3.org/2000/01/rdf-schema#label"]}]}
            ]}""";

    private static Dataset read(String row) throws Exception {
        CollectionBinding b =
                CollectionBinding.of(Emx2Schema.parse(Json.mapper().readTree(SCHEMA)));
        JsonNode json = Json.mapper().readTree(row);
        return new DatasetMapper(b, new TermLabels(null), new RightsStatements())
                .dataset(new JsonCollectionValues(b, json));
    }

    @Test
    void aPeriodTheDistributionsRightsAndTheLicenceAreRead() throws Exception {
        Dataset d = read("""
                {"id": "d1", "title": ["One"],
                 "temporal": [{"id": "p", "startDate": "2016-01-01T00:00:00", "endDate": "2020-12-31T00:00:00"}],
                 "distribution": [
                   {"id": "a", "license": "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
                    "rights": {"id": "9", "label": "Authorisation to download the datasets."}},
                   {"id": "b", "rights": {"id": "2750586429", "label": "whatever it says"}}]}""");
        assertThat(d.temporalCoverage().start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(d.temporalCoverage().end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(d.accessConditions()).containsExactly(AccessCondition.DOWNLOAD, AccessCondition.REMOTE_PROCESSING);
        assertThat(d.licence()).isEqualTo("CC-BY-4.0");
        assertThat(d.observationalStudy()).isFalse();
    }

    @Test
    void aPeriodThatIsNotADateAndRightsThatSayNothingAreLeftOutNotTheDataset() throws Exception {
        Dataset d = read("""
                {"id": "d2", "title": ["Two"],
                 "temporal": [{"id": "p", "startDate": "sometime", "endDate": "2020-12-31"}],
                 "distribution": [{"id": "a", "rights": {"id": "x", "label": "See the website"}},
                                  {"id": "b", "rights": null}, "not a row"]}""");
        assertThat(d.id()).isEqualTo("d2");
        assertThat(d.title()).isEqualTo("Two");
        assertThat(d.temporalCoverage()).isNull();
        assertThat(d.accessConditions()).isEmpty();
        assertThat(d.licence()).isNull();
        assertThat(d.observationalStudy())
                .as("it has distributions: it holds data")
                .isFalse();
    }
}

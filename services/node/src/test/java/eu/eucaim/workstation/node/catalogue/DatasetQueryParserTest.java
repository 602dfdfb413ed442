package eu.eucaim.workstation.node.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.node.http.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetQueryParserTest {
    @Test
    void defaults() {
        DatasetQuery q = DatasetQueryParser.parse(Map.of());
        assertThat(q).isEqualTo(new DatasetQuery("", Map.of(), 0, 20));
    }

    @Test
    void normalisesValuesAndDropsBlanksAndRepeats() {
        DatasetQuery q = DatasetQueryParser.parse(Map.of(
                "q",
                List.of("  lung  "),
                "country",
                List.of("es", "ES", ""),
                "modality",
                List.of("mr", "CT"),
                "bodyPart",
                List.of("Breast"),
                "condition",
                List.of("snomedct254837009"),
                "accessCondition",
                List.of("download"),
                "manufacturer",
                List.of("General Electric"),
                "page",
                List.of("2"),
                "size",
                List.of("200")));
        assertThat(q.text()).isEqualTo("lung");
        assertThat(q.filters())
                .isEqualTo(Map.of(
                        CatalogueFacet.COUNTRY, List.of("ES"),
                        CatalogueFacet.MODALITY, List.of("MR", "CT"),
                        CatalogueFacet.BODY_PART, List.of("breast"),
                        CatalogueFacet.CONDITION, List.of("SNOMEDCT254837009"),
                        CatalogueFacet.ACCESS_CONDITION, List.of("DOWNLOAD"),
                        CatalogueFacet.MANUFACTURER, List.of("General Electric")));
        assertThat(q.page()).isEqualTo(2);
        assertThat(q.size()).isEqualTo(200);
    }

    @Test
    void rejectsWhatCannotBeMeant() {
        assertBad(
                Map.of("size", List.of("0")), "Parameter 'size' has the value '0'; expected a page size from 1 to 200");
        assertBad(Map.of("size", List.of("20", "30")), "Parameter 'size' is given 2 times");
        assertBad(Map.of("page", List.of("99999999999")), "Parameter 'page'");
        assertBad(Map.of("page", List.of("100000000"), "size", List.of("200")), "too large");
        assertBad(Map.of("accessCondition", List.of("OPEN")), "unknown value 'OPEN'");
        assertBad(Map.of("modality", List.of("M R")), "DICOM modality code");
        assertBad(Map.of("sort", List.of("title")), "Unknown query parameter 'sort'");
    }

    private static void assertBad(Map<String, List<String>> params, String message) {
        assertThatThrownBy(() -> DatasetQueryParser.parse(params))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(message);
    }
}

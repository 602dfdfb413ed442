package eu.eucaim.workstation.app.negotiation.words;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import org.junit.jupiter.api.Test;

class NegotiationTitleTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theUseCasesTitleFromWhicheverSectionAsksForIt() throws Exception {
        assertThat(title("{\"intro\":{\"x\":1},\"use-case\":{\"use-case-title\":\"Płuca\"}}", "7"))
                .isEqualTo("Płuca");
        assertThat(title("{\"project\":{\"title\":\"Upstream's demo\"}}", "7")).isEqualTo("Upstream's demo");
    }

    @Test
    void elseTheRequestsNumber() throws Exception {
        assertThat(title("{\"project\":{\"title\":\" \"}}", "7")).isEqualTo("Access request 7");
        assertThat(title("{\"project\":null}", "7")).isEqualTo("Access request 7");
        assertThat(title(null, "7")).isEqualTo("Access request 7");
        assertThat(title(null, null)).isEqualTo("Access request n-1");
    }

    private String title(String payload, String number) throws Exception {
        JsonNode node = payload == null ? null : json.readTree(payload);
        return NegotiationTitle.of(
                new Negotiation("n-1", number, null, node, "DRAFT", null, false, false, null, null, false, null));
    }
}

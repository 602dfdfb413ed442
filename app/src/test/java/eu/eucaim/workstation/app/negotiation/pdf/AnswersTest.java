package eu.eucaim.workstation.app.negotiation.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachSectionOfTheFormWithItsLabelledAnswers() {
        List<Answers.Section> sections = Answers.of(Exports.form(), Exports.payload());
        assertThat(sections).extracting(Answers.Section::title).containsExactly("Project", "Request", "Ethics vote");
        assertThat(sections.get(0).answers())
                .extracting(Answers.Answer::label)
                // the INFORMATION element is text to read, not a question
                .containsExactly("Project title", "Study description", "For profit", "Image modalities");
        assertThat(sections.get(0).answers().get(3).value()).isEqualTo("CT, MR");
        assertThat(sections.get(1).answers())
                .containsExactly(
                        new Answers.Answer("Number of subjects", "1200"),
                        new Answers.Answer("Study protocol", "protokół-badania.pdf (application/pdf, 193 bytes)"),
                        new Answers.Answer("Specific needs", "—"));
        assertThat(sections.get(2).answers())
                .containsExactly(
                        new Answers.Answer("Ethics committee decision", "—"),
                        new Answers.Answer("Decision letter", "—"));
    }

    @Test
    void answersTheFormDoesNotDescribeAreKeptUnderTheirNames() throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree(
                "{\"project\":{\"title\":\"T\",\"old-field\":\"kept\"},\"extra\":{\"a\":\"b\"},\"loose\":\"x\"}");
        List<Answers.Section> sections = Answers.of(Exports.form(), payload);
        assertThat(sections.get(0).answers()).contains(new Answers.Answer("old-field", "kept"));
        assertThat(sections)
                .extracting(Answers.Section::title)
                .containsExactly("Project", "Request", "Ethics vote", "extra", "loose");
        assertThat(sections.get(3).answers()).containsExactly(new Answers.Answer("a", "b"));
        assertThat(sections.get(4).answers()).containsExactly(new Answers.Answer("loose", "x"));
        // the sections the payload lacks are there, unanswered
        assertThat(sections.get(1).answers()).extracting(Answers.Answer::value).containsOnly("—");
    }

    @Test
    void withoutAFormThePayloadIsPrintedUnderItsNames() throws Exception {
        List<Answers.Section> sections = Answers.of(null, json.readTree("{\"s\":{\"e\":true,\"n\":12}}"));
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).answers())
                .containsExactly(new Answers.Answer("e", "Yes"), new Answers.Answer("n", "12"));
        assertThat(Answers.of(null, null)).isEmpty();
    }

    @Test
    void valuesInWords() throws Exception {
        assertThat(Answers.value(null)).isEqualTo("—");
        assertThat(Answers.value(json.readTree("null"))).isEqualTo("—");
        assertThat(Answers.value(json.readTree("\"  \""))).isEqualTo("—");
        assertThat(Answers.value(json.readTree("[]"))).isEqualTo("—");
        assertThat(Answers.value(json.readTree("false"))).isEqualTo("No");
        assertThat(Answers.value(json.readTree("\"Yes\""))).isEqualTo("Yes");
        assertThat(Answers.value(json.readTree("[\"a\",null,\"b\"]"))).isEqualTo("a, b");
        assertThat(Answers.value(json.readTree("{\"name\":\"f.txt\",\"size\":2500000}")))
                .isEqualTo("f.txt (2.5 MB)");
        assertThat(Answers.value(json.readTree("{\"x\":1}"))).isEqualTo("{\"x\":1}");
    }
}

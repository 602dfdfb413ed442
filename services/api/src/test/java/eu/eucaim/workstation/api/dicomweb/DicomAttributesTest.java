package eu.eucaim.workstation.api.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DicomAttributesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void numbersAsJsonNumbersOrAsTheStringsSomeServersSend() throws Exception {
        DicomAttributes a = new DicomAttributes((ObjectNode) JSON.readTree("""
                {"00200032": {"vr": "DS", "Value": [-125.5, 12, 3.25e1]},
                 "00200013": {"vr": "IS", "Value": [" 42 "]},
                 "00280030": {"vr": "DS", "Value": ["0.5", "x"]},
                 "00280010": {"vr": "US"},
                 "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^Jane"}]}}
                """));
        assertThat(a.numbers("00200032")).containsExactly(-125.5, 12, 32.5);
        assertThat(a.numbers("00200013")).containsExactly(42);
        assertThat(a.numbers("00280030")).as("one not a number").isEmpty();
        assertThat(a.numbers("00280010")).as("no value").isEmpty();
        assertThat(a.numbers("00200037")).as("absent").isEmpty();
        assertThat(a.numbers("00100010")).as("a name").isEmpty();
    }
}

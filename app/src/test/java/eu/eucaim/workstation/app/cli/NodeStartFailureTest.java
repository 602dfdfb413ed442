package eu.eucaim.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeStartFailureTest {
    @Test
    void hidesTheUrlPasswordAndTheOptionPasswordWhereverTheyAppear() {
        String url = "jdbc:postgresql://h/db?user=u&Password=a:b@c&ssl=true";
        assertThat(NodeStartFailure.redact("cannot open " + url + ": auth failed for a:b@c or hunter2", "hunter2", url))
                .isEqualTo(
                        "cannot open jdbc:postgresql://h/db?user=u&Password=***&ssl=true: auth failed for *** or ***");
    }
}

package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.node.negotiator.mail.SmtpSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeConfigTest {
    @Test
    void defaultsAreLoopbackAnyPortH2PerSeedThirtyDatasets() {
        NodeConfig c = NodeConfig.defaults(Path.of("/data"), 5);
        assertThat(c).isEqualTo(new NodeConfig("127.0.0.1", 0, Path.of("/data"), 5, null, null, null, 30));
        assertThat(c.h2DatabaseFile()).isEqualTo(Path.of("/data/node-5"));
        assertThat(new NodeConfig(null, 0, Path.of("/d"), 1, " ", null, null, 1).bindAddress())
                .isEqualTo("127.0.0.1");
        assertThat(new NodeConfig(null, 0, Path.of("/d"), 1, " ", null, null, 1).jdbcUrl())
                .isNull();
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> new NodeConfig(null, 70_000, Path.of("/d"), 1, null, null, null, 1))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new NodeConfig(null, 0, Path.of("/d"), 1, null, null, null, -1))
                .hasMessageContaining("datasetCount");
        assertThatThrownBy(() -> new NodeConfig(null, 0, null, 1, null, null, null, 1))
                .hasMessageContaining("dataDir");
    }

    @Test
    void neverPrintsPasswords() {
        NodeConfig c = NodeConfig.defaults(Path.of("/d"), 1)
                .withJdbc("jdbc:postgresql://h/db?user=u&password=s3cret", "u", "s3cret");
        assertThat(c.toString()).doesNotContain("s3cret").contains("password=***");
        NodeConfig mailing = c.withSmtp(new SmtpSettings(
                "smtp.example.org", 587, SmtpSettings.Security.STARTTLS, "node", "smtp-s3cret", "n@example.org"));
        assertThat(mailing.smtp().password()).isEqualTo("smtp-s3cret");
        assertThat(mailing.toString()).doesNotContain("s3cret").contains("smtp=SmtpSettings[host=smtp.example.org");
        assertThat(mailing.withPort(8080).smtp())
                .as("kept by the other withers")
                .isEqualTo(mailing.smtp());
        assertThat(NodeConfig.defaults(Path.of("/d"), 1).smtp())
                .as("off by default")
                .isNull();
    }
}

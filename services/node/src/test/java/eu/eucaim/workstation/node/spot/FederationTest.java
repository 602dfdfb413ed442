package eu.eucaim.workstation.node.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FederationTest {
    static final URI NODE = URI.create("http://127.0.0.1:8080");

    @Test
    void aBareNodeUrlMeansItsProviderEndpoint() {
        assertThat(new FederationSite("node-2", NODE).endpoint())
                .isEqualTo(URI.create("http://127.0.0.1:8080/api/federated-search"));
        URI other = URI.create("https://provider.example/api/datasets/eucaimSearch");
        assertThat(new FederationSite("chaimeleon", other).endpoint()).isEqualTo(other);
    }

    @Test
    void aSiteNameIsABeamAddressLabel() {
        for (String bad : List.of("", "Node2", "node.2", "-node", "node-", "node 2", "nöde")) {
            assertThatThrownBy(() -> new FederationSite(bad, NODE))
                    .as(bad)
                    .hasMessageContaining("A site name is lower-case letters, digits and inner hyphens");
        }
        assertThatThrownBy(() -> new FederationSite("a", URI.create("file:///tmp/x")))
                .hasMessageContaining("needs an http(s) URL");
    }

    @Test
    void sitesAreNamedOnceAndTasksOutliveTheirCalls() {
        assertThatThrownBy(() -> Federation.of(List.of(new FederationSite("a", NODE), new FederationSite("a", NODE))))
                .hasMessageContaining("The site a is given twice");
        assertThatThrownBy(() -> new Federation(List.of(), Duration.ofSeconds(30), Duration.ofSeconds(10)))
                .hasMessageContaining("A task must outlive its provider calls");
        assertThatThrownBy(() -> new Federation(List.of(), Duration.ZERO, Duration.ofSeconds(10)))
                .hasMessageContaining("must be positive");
        assertThat(Federation.NONE.taskTtl()).isEqualTo(Duration.ofSeconds(360));
    }
}

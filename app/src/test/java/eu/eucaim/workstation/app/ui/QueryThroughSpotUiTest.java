package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Query tab of the app as it starts for a user: the embedded node and its demo federation of three nodes, the
 * query asked through the embedded node's Spot ({@code /beam}). Every node answers in its row, each with the
 * collections of its own catalogue. With {@code -Deucaim.screenshots=FOLDER} it takes the docs' screenshot.
 */
class QueryThroughSpotUiTest extends RealNodeUiTest {
    @BeforeAll
    static void theEmbeddedNode() throws Exception {
        Json.mapper().writeValue(home.resolve("config/settings.json").toFile(), Settings.defaults());
    }

    @Test
    void theDemoFederationAnswersThroughTheEmbeddedNodesSpot() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        signInThroughGate("query", "#query-run");
        // The federation's other nodes start after the window: ask until all three are there.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!text("#query-summary").equals("3 of 3 providers answered") && System.nanoTime() < deadline) {
            clickOn("#query-run");
            long until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until && !text("#query-summary").matches("\\d of \\d providers answered.*")
                    || text("#query-summary").contains("answering")) {
                Thread.sleep(100);
                if (System.nanoTime() > until) {
                    break;
                }
            }
        }
        assertThat(text("#query-summary")).isEqualTo("3 of 3 providers answered");
        assertThat(text("#query-total")).endsWith(" studies");
        assertThat(onFx(() -> lookup(".query-answered").queryAll().stream()
                        .map(n -> ((Label) n).getText())
                        .toList()))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s).startsWith("answered in "));
        screenshot("query-spot");
    }
}

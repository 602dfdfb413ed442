package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query no provider answers, in the whole window (issue 13 item 12): it says so instead of "0 subjects · 0
 * studies", and offers no report to download.
 */
class FailedQueryUiTest extends RealNodeUiTest {
    @BeforeAll
    static void onlyAProviderThatRefuses() throws Exception {
        SettingsStore.at(home.resolve("config/settings.json"))
                .save(Settings.defaults()
                        .withNode(NodeMode.REMOTE, node.baseUri().toString())
                        .withQueryProviders(false, List.of("http://127.0.0.1:1/api/federated-search")));
    }

    @Test
    void aQueryNoProviderAnswersSaysSoAndOffersNoReport() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        clickOn("#tab-query");
        clickOn("#gate-query .gate-sign-in");
        waitUntil(
                "the Query view is shown",
                () -> onFx(() ->
                        lookup("#query-run").tryQuery().map(Node::isVisible).orElse(false)));
        clickOn("#query-run");
        waitUntil(
                "the query has ended", () -> text("#query-summary").startsWith("0 of 1 providers answered, 1 failed"));
        assertThat(text("#query-total")).isEqualTo("No provider answered");
        assertThat(onFx(() -> lookup("#query-download").queryAs(Button.class).isDisabled()))
                .isTrue();
    }
}

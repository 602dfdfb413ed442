package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The status bar follows the node: offline when it stops, online again by itself when it is back. */
class NodeStatusUiTest extends RealNodeUiTest {

    /** Shown on screen: the node and every parent visible (the error box hides as a whole). */
    private boolean visible(String query) {
        for (Node n = lookup(query).tryQuery().orElse(null); ; n = n.getParent()) {
            if (n == null) {
                return lookup(query).tryQuery().isPresent();
            }
            if (!n.isVisible()) {
                return false;
            }
        }
    }

    @Test
    void offlineWhenTheNodeStopsAndOnlineWhenItIsBack() throws Exception {
        launch();
        assertThat(text("#node-url")).isEqualTo(node.baseUri().toString());
        clickOn("#tab-catalogue");

        stopTheNode();
        waitUntil("the status says offline", () -> text("#node-state").equals("Offline"));
        assertThat(text("#node-detail"))
                .contains("Cannot reach")
                .contains(String.valueOf(node.baseUri().getPort()));

        // A search while offline says why and offers Retry instead of freezing.
        clickOn("#catalogue-search").write("lung").type(KeyCode.ENTER);
        waitUntil("the results pane shows the error", () -> visible("#results-pane #retry"));
        assertThat(text("#results-pane .error-message")).contains("Cannot reach");
        // The facet counts from before stay, greyed and marked (issue 13 item 8).
        assertThat(shown("#facets-stale")).as("the stale counts are marked").isTrue();
        assertThat(onFx(() -> lookup("#facets .stale").tryQuery().isPresent()))
                .as("and greyed")
                .isTrue();

        restartTheNode();
        waitUntil("the status says online", () -> text("#node-state").equals("Online"));
        waitUntil("fresh counts, no longer marked", () -> !shown("#facets-stale"));
        // The current tab reloaded by itself: the error is gone and the lung datasets are listed.
        List<String> expected = reference.search(new DatasetQuery("lung", Map.of(), 0, 20)).get().items().stream()
                .map(Dataset::id)
                .toList();
        assertThat(expected).isNotEmpty();
        waitUntil(
                "the catalogue reloaded",
                () -> !visible("#results-pane #retry")
                        && lookup("#results").queryListView().getItems().stream()
                                .map(d -> ((Dataset) d).id())
                                .toList()
                                .equals(expected));
    }

    /**
     * A tab that loaded while the node was away, and was not the one shown when it came back, loads again when it is
     * next shown: not the error from before with its Retry.
     */
    @Test
    void aTabHiddenWhenTheNodeComesBackReloadsWhenShown() throws Exception {
        stopTheNode();
        boolean restarted = false;
        try {
            launchWhateverTheNode();
            waitUntil("the status says offline", () -> text("#node-state").equals("Offline"));
            clickOn("#tab-catalogue");
            waitUntil("the catalogue could not load", () -> visible("#results-pane #retry"));
            clickOn("#tab-dashboard");

            restartTheNode();
            restarted = true;
            waitUntil("the status says online", () -> text("#node-state").equals("Online"));
            clickOn("#tab-catalogue");
            waitUntil(
                    "the catalogue loaded when shown, without Retry",
                    () -> !visible("#results-pane #retry")
                            && !lookup("#results").queryListView().getItems().isEmpty());
        } finally {
            if (!restarted) {
                restartTheNode();
            }
        }
    }
}

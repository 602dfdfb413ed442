package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 8 in the whole window: a dataset opened from elsewhere (here: the selection's review list) while a
 * search leaves it out clears the search, and the row highlighted is that dataset, not one left from before.
 */
class CatalogueStateUiTest extends RealNodeUiTest {
    @Test
    void openingADatasetFromElsewhereShowsAndHighlightsIt() throws Exception {
        java.nio.file.Files.deleteIfExists(home.resolve("config/selection.json"));
        launch();
        clickOn("#tab-catalogue");
        @SuppressWarnings("unchecked")
        ListView<Dataset> results = lookup("#results").queryAs(ListView.class);
        waitUntil("results", () -> results.getItems().size() > 3);
        clickOn("#catalogue-search").write("lung");
        waitUntil(
                "lung datasets",
                () -> !results.getItems().isEmpty()
                        && results.getItems().stream()
                                .allMatch(d -> d.title().toLowerCase().contains("lung")));
        Dataset lung = onFx(() -> results.getItems().get(0));
        clickOn(cellOf("#results .list-cell", lung));
        waitUntil("its detail", () -> text("#detail-title").equals(lung.title()));
        clickOn("#add-to-selection");

        TextField search = lookup("#catalogue-search").queryAs(TextField.class);
        onFx(() -> {
            search.setText("prostate");
            return null;
        });
        waitUntil(
                "only prostate datasets",
                () -> !results.getItems().isEmpty()
                        && results.getItems().stream()
                                .allMatch(d -> d.title().toLowerCase().contains("prostate")));
        Dataset other = onFx(() -> results.getItems().get(0));
        clickOn(cellOf("#results .list-cell", other));
        waitUntil("the other's detail", () -> text("#detail-title").equals(other.title()));

        clickOn("#selection-button");
        waitUntil("the review list", () -> shown("#selection-list"));
        Node row = lookup("#selection-list .selected-title").query();
        assertThat(onFx(() -> ((Hyperlink) row).getText())).isEqualTo(lung.title());
        clickOn(row);

        waitUntil(
                "the lung dataset shown and highlighted",
                () -> text("#detail-title").equals(lung.title())
                        && results.getSelectionModel().getSelectedItem() != null
                        && results.getSelectionModel().getSelectedItem().id().equals(lung.id()));
        assertThat(onFx(() ->
                        lookup("#catalogue-search").queryAs(TextField.class).getText()))
                .as("the search that left it out is cleared")
                .isEmpty();
    }
}

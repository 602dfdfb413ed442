package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

/** The selection survives closing and starting the app again with the same home folder. */
class SelectionUiTest extends RealNodeUiTest {

    @SuppressWarnings("unchecked")
    private List<SelectedDataset> selectionList() throws Exception {
        return onFx(() -> List.copyOf(
                ((ListView<SelectedDataset>) lookup("#selection-list").queryAs(ListView.class)).getItems()));
    }

    private Dataset addResult(int index) throws Exception {
        Dataset d =
                onFx(() -> lookup("#results").queryListView().getItems().get(index) instanceof Dataset ds ? ds : null);
        clickOn(cellOf("#results .list-cell", d));
        waitUntil("the detail shows " + d.title(), () -> text("#detail-title").equals(d.title()));
        clickOn("#add-to-selection");
        return d;
    }

    /** Each test starts from an empty selection (the tests share one home folder). */
    @org.junit.jupiter.api.BeforeEach
    void emptySelection() throws Exception {
        java.nio.file.Files.deleteIfExists(home.resolve("config/selection.json"));
    }

    @Test
    void twoSelectedDatasetsAreStillThereAfterARestart() throws Exception {
        launch();
        clickOn("#tab-catalogue");
        waitUntil(
                "results are listed",
                () -> lookup("#results").queryListView().getItems().size() > 2);
        Dataset a = addResult(0);
        Dataset b = addResult(2);
        waitUntil("the badge counts two", () -> text("#selection-count").equals("2"));
        assertThat(text("#add-to-selection")).isEqualTo("_Remove from selection");

        close();
        launch();
        assertThat(text("#selection-count")).isEqualTo("2");
        clickOn("#selection-button");
        waitUntil(
                "the review list is open",
                () -> lookup("#selection-list").tryQuery().isPresent());
        assertThat(selectionList()).extracting(SelectedDataset::id).containsExactly(a.id(), b.id());
        List<String> shownTitles =
                onFx(() -> lookup("#selection-list .selected-title").queryAllAs(Hyperlink.class).stream()
                        .map(Hyperlink::getText)
                        .toList());
        assertThat(shownTitles).contains(a.title(), b.title());

        // Remove one: the list, the badge and the file follow.
        clickOn(lookup("#selection-list .remove-selected").nth(0).queryAs(Node.class));
        waitUntil("one is left", () -> text("#selection-count").equals("1"));
        close();
        launch();
        assertThat(text("#selection-count")).isEqualTo("1");
    }

    /** Issue 13 item 9: the selection is a working list. */
    @Test
    void theSelectionOpensItsDatasetsTakesThemOutAnywhereAndLetsClicksThrough() throws Exception {
        launch();
        clickOn("#tab-catalogue");
        waitUntil(
                "results are listed",
                () -> lookup("#results").queryListView().getItems().size() > 3);
        Dataset a = addResult(1);
        Dataset b = addResult(3);
        waitUntil("two selected", () -> text("#selection-count").equals("2"));
        assertThat(onFx(() -> lookup("#results .badge-selected").queryAll().size()))
                .as("the results mark what is selected")
                .isEqualTo(2);

        // A row of the panel opens its dataset; the panel closes.
        clickOn("#selection-button");
        waitUntil("the panel is open", () -> shown("#selection-list"));
        Node row = onFx(() -> lookup("#selection-list .selected-title")
                .match(n -> ((Hyperlink) n).getText().equals(a.title()))
                .query());
        clickOn(row);
        waitUntil("the detail shows it", () -> text("#detail-title").equals(a.title()));
        assertThat(shown("#selection-list")).as("the panel closed").isFalse();

        // Out again from the detail.
        clickOn("#add-to-selection");
        waitUntil("one left", () -> text("#selection-count").equals("1"));
        assertThat(text("#add-to-selection")).isEqualTo("_Add to selection"); // Alt+A

        // Out from the results.
        Node remove = lookup("#results .result-remove").query();
        clickOn(remove);
        waitUntil("none left", () -> text("#selection-count").equals("0"));
        assertThat(b.id()).isNotEqualTo(a.id());

        // The click that closes the panel reaches the tab it lands on.
        clickOn("#selection-button");
        waitUntil("the panel is open", () -> shown("#selection-list"));
        clickOn("#tab-query");
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        waitUntil(
                "the Query tab",
                () -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-query"));
        assertThat(shown("#selection-list")).isFalse();
    }
}

package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
        assertThat(text("#add-to-selection")).isEqualTo("In selection");

        close();
        launch();
        assertThat(text("#selection-count")).isEqualTo("2");
        clickOn("#selection-button");
        waitUntil(
                "the review list is open",
                () -> lookup("#selection-list").tryQuery().isPresent());
        assertThat(selectionList()).extracting(SelectedDataset::id).containsExactly(a.id(), b.id());
        List<String> shownTitles =
                onFx(() -> lookup("#selection-list .list-cell .label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
        assertThat(shownTitles).contains(a.title(), b.title());

        // Remove one: the list, the badge and the file follow.
        clickOn(lookup("#selection-list .remove-selected").nth(0).queryAs(Node.class));
        waitUntil("one is left", () -> text("#selection-count").equals("1"));
        close();
        launch();
        assertThat(text("#selection-count")).isEqualTo("1");
    }
}

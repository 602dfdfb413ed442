package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 11 in the whole window: a click on a chart opens what it counts. The top bar of "Studies per
 * imaging modality" opens the Catalogue filtered by that modality, and every dataset listed has it; expanding the
 * list of further datasets leaves the pie its size.
 */
class DashboardChartsUiTest extends RealNodeUiTest {
    @Test
    void aModalityBarOpensTheCatalogueFilteredByIt() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        waitUntil(
                "the modality chart",
                () -> lookup("#chart-modalities .chart-bar").tryQuery().isPresent());
        double pie =
                onFx(() -> lookup("#chart-bodyparts").query().getLayoutBounds().getHeight());
        reveal("#other-datasets");
        clickOn("#other-datasets .title");
        waitUntil(
                "the list expanded",
                () -> onFx(() -> ((javafx.scene.control.TitledPane)
                                lookup("#other-datasets").query())
                        .isExpanded()));
        Thread.sleep(500); // the expansion animates
        assertThat(onFx(() ->
                        lookup("#chart-bodyparts").query().getLayoutBounds().getHeight()))
                .as("the pie keeps its size")
                .isCloseTo(pie, org.assertj.core.data.Offset.offset(2.0));

        // bars are drawn bottom-up: the last bar node is the modality with the most studies (MR)
        Node top = onFx(() -> lookup("#chart-modalities .chart-bar").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("chart-legend-item-symbol"))
                .reduce((a, b) ->
                        a.localToScene(0, 0).getY() < b.localToScene(0, 0).getY() ? a : b)
                .orElseThrow());
        assertThat(onFx(() -> top.getOnMouseClicked()))
                .as("the bar opens something")
                .isNotNull();
        reveal("#chart-modalities");
        clickOn(top);

        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        waitUntil(
                "the Catalogue",
                () -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-catalogue"));
        @SuppressWarnings("unchecked")
        ListView<Dataset> results = lookup("#results").queryAs(ListView.class);
        waitUntil(
                "filtered results",
                () -> !results.getItems().isEmpty()
                        && results.getItems().stream()
                                .allMatch(d -> d.modalities().contains("MR")));
        assertThat(onFx(() -> results.getItems().size()))
                .isLessThan(reference.summary().get().datasets());
    }

    @Test
    void subjectsPerDatasetShowsWholeTitlesAt1024x700AndABarOpensItsDataset() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        javafx.stage.Stage stage = onFx(this::mainStage);
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });
        waitUntil(
                "the subjects per dataset",
                () -> lookup("#chart-subjects .ranked-bar-row").tryQuery().isPresent());
        java.util.List<eu.eucaim.workstation.api.catalogue.LabelledCount> top =
                eu.eucaim.workstation.app.dashboard.DashboardViewModel.barDatasets(
                        reference.summary().get());
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            expected.add((i + 1) + ". " + top.get(i).label());
        }
        assertThat(expected).as("some titles are long").anyMatch(t -> t.length() > 40);
        assertThat(onFx(() ->
                        lookup("#chart-subjects .ranked-bar-title")
                                .queryAllAs(javafx.scene.control.Label.class)
                                .stream()
                                .map(javafx.scene.control.Label::getText)
                                .toList()))
                .containsExactlyElementsOf(expected);
        Node chart = lookup("#chart-subjects").query();
        reveal("#chart-subjects");
        assertThat(onFx(() -> Elision.under(chart))).as("cut short at 1024×700").isEmpty();

        reveal("#ranked-bar-1"); // the largest dataset's row, in view
        clickOn("#ranked-bar-1");
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        waitUntil(
                "the Catalogue",
                () -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-catalogue"));
        String title = reference.dataset(top.get(0).key()).get().title();
        waitUntil("its detail", () -> text("#detail-title").equals(title));
    }
}

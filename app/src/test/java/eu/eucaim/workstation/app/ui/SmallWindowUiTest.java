package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import eu.eucaim.workstation.viewer.viewport.Tool;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1024×700, the smallest size the app supports (issue 13, item 4): in every tab no button,
 * number or heading is cut to "…", every viewer tool is on screen (none behind the tool bar's overflow), and the
 * Settings dialog shows its labels whole.
 */
class SmallWindowUiTest extends RealNodeUiTest {
    @Test
    void everyTabIsWholeAt1024x700() throws Exception {
        Path dir = home.resolve("small-study");
        for (int s = 1; s <= 4; s++) {
            // One long description: its title wraps on three lines in the narrow series list.
            String description = s == 1 ? "Thorax 1.0 B70f axial lung window" : "Series " + s;
            SyntheticStudy.ctSeries(dir, s, description, 3, 64, 64, (x, y, z) -> 40 + x + y + z);
        }
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher"), List.of(dir)));
        Stage stage = onFx(this::mainStage);
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            return null;
        });

        clickOn("#tab-query");
        clickOn("#gate-query .gate-sign-in");
        waitUntil("the Query view is shown", () -> shown("#query-run"));
        clickOn("#query-run");
        waitUntil(
                "the query answered",
                () -> !text("#query-total").isBlank()
                        && lookup("#query-results .hyperlink").tryQuery().isPresent());
        assertWhole("Query", stage);

        clickOn("#tab-dashboard");
        waitUntil(
                "the dashboard's figures",
                () -> lookup("#dashboard .headline-number").tryQuery().isPresent());
        assertWhole("Dashboard", stage);
        reveal("#role-USER");
        clickOn("#role-USER");
        waitUntil("the User's page", () -> shown("#role-title"));
        assertWhole("Dashboard's User page", stage);
        clickOn("#role-back");

        clickOn("#tab-catalogue");
        waitUntil(
                "the catalogue's list",
                () -> lookup("#results .list-cell").tryQuery().isPresent());
        clickOn(lookup("#results .list-cell").nth(0).queryAs(Node.class));
        waitUntil("a dataset's detail", () -> shown("#detail-title"));
        assertWhole("Catalogue", stage);

        clickOn("#tab-viewer");
        ViewerViewModel viewer = onFx(() -> ((ViewerView) lookup("#viewer").query()).viewModel());
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> onFx(() -> viewer.series().size() == 4));
        onFx(() -> {
            viewer.layout(2, 2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Tool t : Tool.values()) {
            assertThat(shown("#tool-" + t.name().toLowerCase(Locale.ROOT)))
                    .as("the %s tool is on screen, not behind an overflow", t.label())
                    .isTrue();
        }
        assertWhole("Viewer", stage);
        assertThat(onFx(() -> lookup("#series-list .series-title").queryAllAs(Labeled.class).stream()
                        .filter(t -> !Elision.drawnText(t).equals(t.getText()))
                        .map(Labeled::getText)
                        .toList()))
                .as("the series' titles whole, on two lines if need be")
                .isEmpty();
        assertThat(onFx(() -> lookup("#series-list .list-cell").queryAll().stream()
                        .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                        .filter(c -> !contains(c, c.lookup(".series-title")) || !contains(c, c.lookup(".series-count")))
                        .map(c ->
                                ((javafx.scene.control.ListCell<?>) c).getItem().toString())
                        .toList()))
                .as("each series' card whole in its row: its title's first line and its image count not cut off")
                .isEmpty();
        assertThat(onFx(() -> Stream.of("#viewer-side-series", "#viewer-side-library", "#viewer-side-remote")
                        .filter(tab -> !inside(
                                lookup("#viewer-side").query(), lookup(tab).query()))
                        .toList()))
                .as("the side panels' tabs all in view, none behind the tab bar's menu")
                .isEmpty();
        clickOn("#viewer-side-library");
        waitUntil("the library shows", () -> shown("#library-tree"));
        assertWhole("Viewer's library", stage);
        assertThat(onFx(() -> lookup("#viewport-0").query().getLayoutBounds().getWidth()))
                .as("the images keep room beside the library")
                .isGreaterThan(200);
        assertThat(shownCut("#library-tree", "Name"))
                .as("the library's figures")
                .isEmpty();
        assertThat(onFx(() -> ((javafx.scene.control.TreeTableView<?>)
                                lookup("#library-tree").query())
                        .getColumns()
                        .get(0)
                        .getWidth()))
                .as("the names have the room the Used column leaves them (the row's tooltip has it)")
                .isGreaterThan(150);
        clickOn("#viewer-side-remote");
        javafx.scene.control.ComboBox<?> source = lookup("#remote-source").queryComboBox();
        waitUntil("the node is the source", () -> source.getValue() != null);
        assertThat(onFx(() -> Elision.drawnText(source)))
                .as("the source's name and the end of its address")
                .startsWith("Remote node — ")
                .endsWith("/dicom-web");
        assertWhole("Viewer's remote panel", stage);
        clickOn("#remote-search");
        waitUntil(
                "studies are found",
                () -> !lookup("#remote-studies").queryTableView().getItems().isEmpty());
        assertThat(shownCut("#remote-studies", "Patient", "Study"))
                .as("the studies' headings and figures")
                .isEmpty();
        assertThat(onFx(() -> lookup("#remote-studies .scroll-bar").queryAll().stream()
                        .anyMatch(b -> b instanceof javafx.scene.control.ScrollBar bar
                                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                                && bar.isVisible())))
                .as("every column in view, none behind a sideways scroll bar")
                .isFalse();
        assertThat(onFx(() ->
                        lookup("#remote-studies").query().getLayoutBounds().getHeight()))
                .as("the study list shows its heading and two rows whole before a study is chosen")
                .isGreaterThan(120);
        waitUntil("a study's row laid out", () -> firstStudyRow() != null);
        clickOn(firstStudyRow());
        waitUntil(
                "its series listed",
                () -> !lookup("#remote-series").queryListView().getItems().isEmpty());
        assertThat(onFx(() ->
                        lookup("#remote-studies").query().getLayoutBounds().getHeight()))
                .as("and still once a study is chosen (its series and Keep offline shown below)")
                .isGreaterThan(120);
        // The filters out of sight are a click away, and say when they are set.
        assertThat(shown("#remote-from")).isFalse();
        clickOn("#remote-more-filters");
        waitUntil("the date filter shown", () -> shown("#remote-from"));
        clickOn("#remote-modality").write("CT");
        clickOn("#remote-more-filters");
        waitUntil("hidden again", () -> !shown("#remote-modality"));
        assertThat(text("#remote-more-filters")).isEqualTo("More filters (1 set)");

        clickOn("#tab-negotiations");
        waitUntil("the negotiations' filters", () -> shown("#negotiations-search"));
        assertWhole("Negotiations", stage);
        clickOn("#tab-tickets");
        assertWhole("Tickets", stage);
        clickOn("#tab-datasets");
        waitUntil("the represented datasets' heading", () -> shown("#datasets-heading"));
        assertWhole("Datasets", stage);

        clickOn("#open-settings");
        waitUntil(
                "the Settings dialog", () -> lookup("#settings-url").tryQuery().isPresent());
        Window dialog = onFx(() -> lookup("#settings-url").query().getScene().getWindow());
        assertThat(onFx(() -> Elision.under(dialog.getScene().getRoot())))
                .as("cut short in Settings")
                .isEmpty();
    }

    private void assertWhole(String tab, Stage stage) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Elision.under(stage.getScene().getRoot())))
                .as("cut short in the %s tab at 1024×700", tab)
                .isEmpty();
        assertThat(onFx(() -> Elision.cutPrompts(stage.getScene().getRoot())))
                .as("text fields whose hint is cut in the %s tab at 1024×700", tab)
                .isEmpty();
        assertThat(onFx(() -> Elision.overflowingCellGraphics(stage.getScene().getRoot())))
                .as("list cells whose lines run over the next in the %s tab at 1024×700", tab)
                .isEmpty();
    }

    /** Whether {@code part} lies within {@code cell} on screen (a pixel of rounding allowed). */
    private static boolean contains(Node cell, Node part) {
        javafx.geometry.Bounds c = cell.localToScene(cell.getLayoutBounds());
        javafx.geometry.Bounds p = part.localToScene(part.getLayoutBounds());
        return p.getMinY() >= c.getMinY() - 1 && p.getMaxY() <= c.getMaxY() + 1;
    }

    /** Whether {@code part} lies within {@code whole} across (a pixel of rounding allowed), and is shown. */
    private static boolean inside(Node whole, Node part) {
        javafx.geometry.Bounds w = whole.localToScene(whole.getLayoutBounds());
        javafx.geometry.Bounds p = part.localToScene(part.getLayoutBounds());
        return part.isVisible() && p.getMinX() >= w.getMinX() - 1 && p.getMaxX() <= w.getMaxX() + 1;
    }

    private Node firstStudyRow() {
        return lookup("#remote-studies .table-row-cell").queryAll().stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getItem() != null)
                .findFirst()
                .orElse(null);
    }
}

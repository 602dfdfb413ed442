package eu.eucaim.workstation.app.catalogue;

import atlantafx.base.controls.CustomTextField;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import eu.eucaim.workstation.app.samples.SampleImagesViewModel;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Catalogue tab: search bar, facets on the left, results or hierarchy in the middle, detail on the right. */
public final class CatalogueView extends BorderPane {
    private final CustomTextField search = new CustomTextField();
    private final ListView<Dataset> results;

    public CatalogueView(CatalogueViewModel vm, SelectionViewModel selection, SampleImagesViewModel samples) {
        setId("catalogue");
        search.setId("catalogue-search");
        search.setPromptText("Search datasets by title, description or keyword (Ctrl+F)");
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.searchNow());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, search);
        bar.setPadding(new Insets(12, 12, 8, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);

        results = new ListView<>(vm.results());
        results.setId("results");
        results.setCellFactory(l -> new DatasetCell(selection));
        // a dataset added or removed elsewhere (the detail, the selection panel) is marked at once
        selection.items().addListener((javafx.collections.ListChangeListener<Object>) c -> results.refresh());
        results.setPlaceholder(new Label("No datasets match. Try fewer words or clear the filters."));
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, d) -> {
            Dataset shown = vm.detailProperty().get();
            if (d != null && (shown == null || !shown.id().equals(d.id()))) {
                vm.open(d.id());
            }
        });
        // The row highlighted is the dataset shown, however it was opened (a Query result, the selection, a chart):
        // never another one left from before.
        Runnable highlight = () -> {
            Dataset shown = vm.detailProperty().get();
            Dataset row = shown == null
                    ? null
                    : vm.results().stream()
                            .filter(r -> r.id().equals(shown.id()))
                            .findFirst()
                            .orElse(null);
            if (row == null) {
                results.getSelectionModel().clearSelection();
            } else if (results.getSelectionModel().getSelectedItem() != row) {
                results.getSelectionModel().select(row);
                results.scrollTo(row);
            }
        };
        vm.detailProperty().addListener((o, a, b) -> highlight.run());
        vm.results().addListener((javafx.collections.ListChangeListener<Dataset>) c -> highlight.run());
        Label count = new Label();
        count.setId("result-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Formats.count(vm.totalProperty().get(), "dataset", "datasets") + " found"
                                + (vm.results().size() < vm.totalProperty().get()
                                        ? ", " + vm.results().size() + " shown"
                                        : ""),
                        vm.totalProperty(),
                        vm.results()));
        count.getStyleClass().add("text-muted");
        Button more = new Button("Load _more", Icons.of(Material2AL.EXPAND_MORE));
        more.setId("load-more");
        Shown.when(more, vm.canLoadMoreProperty());
        more.setOnAction(e -> vm.loadMore());
        VBox.setVgrow(results, Priority.ALWAYS);
        HBox footer = new HBox(12, count, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 6, 8));
        VBox list = new VBox(results, footer);
        StatusOverlay listPane = new StatusOverlay(list, vm.searchStatus(), vm::search);
        listPane.setId("results-pane");

        Tab resultsTab = new Tab("Results", listPane);
        resultsTab.setGraphic(Icons.of(Material2AL.LIST));
        Tab hierarchyTab = new Tab("Hierarchy", new HierarchyView(vm));
        hierarchyTab.setGraphic(Icons.of(Material2AL.ACCOUNT_TREE));
        hierarchyTab.setId("hierarchy-tab");
        TabPane middle = new TabPane(resultsTab, hierarchyTab);
        middle.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        middle.setId("catalogue-views");

        FacetPanel facets = new FacetPanel(vm);
        DatasetDetailView detail = new DatasetDetailView(vm, selection, samples);
        SplitPane split = new SplitPane(facets, middle, detail);
        // Bounds rather than "not resizable": the split is laid out before the window gets its final size.
        facets.setMinWidth(220);
        facets.setMaxWidth(340);
        middle.setMinWidth(360);
        detail.setMinWidth(380);
        split.setDividerPositions(0.2, 0.56);
        setCenter(split);
    }

    /** Ctrl+F. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}

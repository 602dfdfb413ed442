package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.Shown;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The left panel: one titled group per facet with "label (count)" check boxes, redrawn after every search. */
final class FacetPanel extends BorderPane {
    private final CatalogueViewModel vm;
    private final VBox groups = new VBox(8);

    FacetPanel(CatalogueViewModel vm) {
        this.vm = vm;
        setId("facets");
        getStyleClass().add("facet-panel");
        Label title = new Label("Filters", Icons.of(Material2AL.FILTER_LIST));
        title.getStyleClass().add("title-4");
        Button clear = new Button("C_lear filters", Icons.of(Material2AL.CLEAR));
        clear.setId("clear-filters");
        clear.getStyleClass().addAll("small", "flat");
        clear.disableProperty().bind(vm.filteredProperty().not());
        clear.setOnAction(e -> vm.clearFilters());
        Label stale = new Label("Counts from before the node stopped answering; they may have changed.");
        stale.setId("facets-stale");
        stale.setWrapText(true);
        stale.getStyleClass().add("text-muted");
        javafx.beans.binding.BooleanBinding isStale = vm.facetsStaleProperty();
        Shown.when(stale, isStale);
        // the counts stay (the filters still work once the node is back) but are greyed and marked
        isStale.addListener((o, was, now) -> {
            if (now) {
                groups.getStyleClass().add("stale");
            } else {
                groups.getStyleClass().remove("stale");
            }
        });
        VBox top = new VBox(6, title, clear, stale);
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        groups.setPadding(new Insets(0, 8, 12, 8));
        setCenter(Scrolling.page(groups));
        vm.facetsProperty().addListener((obs, old, facets) -> redraw());
        redraw();
    }

    private void redraw() {
        groups.getChildren().clear();
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            List<FacetValue> values = vm.facetValues(facet);
            VBox boxes = new VBox(4);
            for (FacetValue v : values) {
                CheckBox box = new CheckBox(v.label() + " (" + Formats.count(v.count()) + ")");
                box.setId("facet-" + facet.param() + "-" + v.value());
                box.setMnemonicParsing(false);
                box.setWrapText(true);
                box.setSelected(vm.isSelected(facet, v.value()));
                box.setOnAction(e -> vm.setFilter(facet, v.value(), box.isSelected()));
                boxes.getChildren().add(box);
            }
            if (values.isEmpty()) {
                Label none = new Label("No values");
                none.getStyleClass().add("text-muted");
                boxes.getChildren().add(none);
            }
            TitledPane group = new TitledPane(facet.label(), boxes);
            group.setId("facet-group-" + facet.param());
            group.getStyleClass().add("dense");
            groups.getChildren().add(group);
        }
    }
}

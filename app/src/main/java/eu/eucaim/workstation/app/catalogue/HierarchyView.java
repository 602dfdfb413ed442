package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Network → imaging biobank → dataset, as in the BBMRI-ERIC Directory, holding the datasets the search and the
 * facets select (and saying so above the tree); choosing a dataset opens its detail, and the dataset in the detail
 * is the highlighted row.
 */
final class HierarchyView extends StatusOverlay {
    private final TreeView<Object> tree;
    private final CatalogueViewModel vm;

    HierarchyView(CatalogueViewModel vm) {
        this(vm, new TreeView<>(new TreeItem<>("Networks")), new Label());
    }

    private HierarchyView(CatalogueViewModel vm, TreeView<Object> tree, Label note) {
        super(withNote(tree, note), vm.hierarchyStatus(), vm::loadHierarchy);
        this.tree = tree;
        this.vm = vm;
        note.setId("hierarchy-note");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.textProperty().bind(vm.hierarchyNoteProperty());
        tree.setId("hierarchy");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null
                    && item.getValue() instanceof DatasetRef ref
                    && !ref.id().equals(shownId())) {
                vm.open(ref.id());
            }
        });
        vm.networksProperty().addListener((obs, old, networks) -> show(networks));
        vm.detailProperty().addListener((obs, old, d) -> highlight(shownId()));
        show(vm.networksProperty().get());
    }

    private static VBox withNote(TreeView<Object> tree, Label note) {
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox box = new VBox(6, note, tree);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setMargin(note, new Insets(0, 8, 0, 8));
        return box;
    }

    private String shownId() {
        return vm.detailProperty().get() == null
                ? null
                : vm.detailProperty().get().id();
    }

    /** Selects the row of the dataset in the detail (expanding its biobank), or none when it is not in the tree. */
    private void highlight(String id) {
        for (TreeItem<Object> network : tree.getRoot().getChildren()) {
            for (TreeItem<Object> biobank : network.getChildren()) {
                for (TreeItem<Object> dataset : biobank.getChildren()) {
                    if (dataset.getValue() instanceof DatasetRef ref && ref.id().equals(id)) {
                        biobank.setExpanded(true);
                        tree.getSelectionModel().select(dataset);
                        tree.scrollTo(Math.max(0, tree.getRow(dataset) - 3));
                        return;
                    }
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    private void show(List<Network> networks) {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (Network n : networks) {
            TreeItem<Object> network = new TreeItem<>(n);
            network.setExpanded(true);
            for (Biobank b : n.biobanks()) {
                TreeItem<Object> biobank = new TreeItem<>(b);
                b.datasets().forEach(d -> biobank.getChildren().add(new TreeItem<>(d)));
                network.getChildren().add(biobank);
            }
            root.getChildren().add(network);
        }
        highlight(shownId());
    }

    /** Names with an icon per level, and the size of each dataset. */
    private static final class NodeCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else if (item instanceof Network n) {
                setText(n.name());
                setGraphic(Icons.of(Material2AL.ACCOUNT_TREE));
            } else if (item instanceof Biobank b) {
                setText(b.name() + " · " + DatasetText.country(b.country()));
                setGraphic(Icons.of(Material2AL.BIOTECH));
            } else if (item instanceof DatasetRef d) {
                setText(d.title() + "  (" + Formats.count(d.subjects(), "subject", "subjects") + ")");
                setGraphic(Icons.of(Material2MZ.STORAGE));
            } else {
                setText(item.toString());
                setGraphic(null);
            }
        }
    }
}

package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Network → imaging biobank → dataset, as in the BBMRI-ERIC Directory; choosing a dataset opens its detail. */
final class HierarchyView extends StatusOverlay {
    private final TreeView<Object> tree;

    HierarchyView(CatalogueViewModel vm) {
        this(vm, new TreeView<>(new TreeItem<>("Networks")));
    }

    private HierarchyView(CatalogueViewModel vm, TreeView<Object> tree) {
        super(tree, vm.hierarchyStatus(), vm::loadHierarchy);
        this.tree = tree;
        tree.setId("hierarchy");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof DatasetRef ref) {
                vm.open(ref.id());
            }
        });
        vm.networksProperty().addListener((obs, old, networks) -> show(networks));
        show(vm.networksProperty().get());
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

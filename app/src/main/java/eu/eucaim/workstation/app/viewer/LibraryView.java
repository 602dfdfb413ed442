package eu.eucaim.workstation.app.viewer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The offline library beside the viewer: patients, their studies and series with images, size and the date they
 * were saved; a double-click (or Enter) opens a row on its key image.
 */
final class LibraryView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    LibraryView(LibraryViewModel vm) {
        super(6);
        setId("library");
        Label title = new Label("Offline library");
        title.getStyleClass().add("title-4");
        Button refresh = new Button("Refresh");
        refresh.setId("library-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, refresh);

        TreeTableView<LibraryTree.Row> table = new TreeTableView<>();
        table.setId("library-tree");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<LibraryTree.Row, String> name = column("Name", 110, r -> r.label());
        table.getColumns().add(name);
        table.getColumns().add(column("Images", 76, r -> Integer.toString(r.images())));
        table.getColumns().add(column("Size", 70, r -> size(r.bytes())));
        table.getColumns()
                .add(column("Used", 64, r -> used(r.saved(), java.time.Instant.now(), ZoneId.systemDefault())));
        table.getColumns()
                .add(column(
                        "Kept",
                        56,
                        r -> r instanceof LibraryTree.Study st
                                ? (st.remote() ? (st.pinned() ? "✔" : "") : "sample")
                                : ""));
        // The names column takes what is left; the others stay as wide as their headings and figures.
        double others = table.getColumns().stream()
                .filter(c -> c != name)
                .mapToDouble(TreeTableColumn::getPrefWidth)
                .sum();
        name.prefWidthProperty()
                .bind(javafx.beans.binding.Bindings.max(
                        110, table.widthProperty().subtract(others + 20)));
        table.setMinWidth(0);
        table.setRowFactory(t -> {
            TreeTableRow<LibraryTree.Row> row = new TreeTableRow<>();
            row.itemProperty().addListener((o, a, item) -> {
                row.setTooltip(
                        item instanceof LibraryTree.Study st && !st.source().isEmpty()
                                ? new Tooltip(st.source())
                                : null);
                row.setContextMenu(item instanceof LibraryTree.Study st && st.remote() ? menu(vm, st) : null);
            });
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            TreeItem<LibraryTree.Row> item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                vm.open(item.getValue());
            }
        });
        table.setPlaceholder(new Label("Nothing in the offline library"));
        vm.treeProperty().addListener((o, a, tree) -> table.setRoot(root(tree)));
        table.setRoot(root(vm.treeProperty().get()));

        Label status = new Label();
        status.setId("library-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // its lines, wrapped, rather than one cut short
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(head, table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(6));
    }

    /** Keep offline (on or off) and Delete, for a study of viewed remote images. */
    private static javafx.scene.control.ContextMenu menu(LibraryViewModel vm, LibraryTree.Study st) {
        javafx.scene.control.MenuItem keep =
                new javafx.scene.control.MenuItem(st.pinned() ? "Do not keep offline" : "Keep offline");
        keep.setId("library-keep");
        keep.setOnAction(e -> vm.keepOffline(st, !st.pinned()));
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete from this computer");
        delete.setId("library-delete");
        delete.setOnAction(e -> vm.delete(st));
        return new javafx.scene.control.ContextMenu(keep, delete);
    }

    private static TreeTableColumn<LibraryTree.Row, String> column(
            String title, double width, java.util.function.Function<LibraryTree.Row, String> text) {
        TreeTableColumn<LibraryTree.Row, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width); // headings and figures whole; the names column takes what is left
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null
                        ? ""
                        : text.apply(cell.getValue().getValue())));
        return c;
    }

    /** Every patient and study expanded: a library of samples is small, and the series are what one opens. */
    private static TreeItem<LibraryTree.Row> root(LibraryTree tree) {
        TreeItem<LibraryTree.Row> root = new TreeItem<>();
        for (LibraryTree.Patient p : tree.patients()) {
            TreeItem<LibraryTree.Row> pi = new TreeItem<>(p);
            pi.setExpanded(true);
            for (LibraryTree.Study s : p.studies()) {
                TreeItem<LibraryTree.Row> si = new TreeItem<>(s);
                si.setExpanded(true);
                s.series().forEach(se -> si.getChildren().add(new TreeItem<>(se)));
                pi.getChildren().add(si);
            }
            root.getChildren().add(pi);
        }
        return root;
    }

    /**
     * When a row was last used, short enough to leave the names their room: the time today, the day this year, else
     * the date.
     */
    static String used(java.time.Instant when, java.time.Instant now, ZoneId zone) {
        java.time.ZonedDateTime at = when.atZone(zone);
        java.time.ZonedDateTime today = now.atZone(zone);
        if (at.toLocalDate().equals(today.toLocalDate())) {
            return TIME.format(at);
        }
        return at.getYear() == today.getYear() ? DAY.format(at) : DATE.format(at);
    }

    static String size(long bytes) {
        return bytes >= 1_000_000
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1000));
    }
}

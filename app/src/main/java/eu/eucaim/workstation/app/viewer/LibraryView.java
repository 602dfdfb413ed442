package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.app.fx.ColumnWidths;
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
    /** The table's width from which the Used column is shown. */
    static final double USED_FROM = 460;
    /** The names column is never narrower: below it the table scrolls sideways. */
    private static final double NAME_MIN = 110;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

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
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TreeTableColumn<LibraryTree.Row, String> name = column("Name", r -> r.label());
        table.getColumns().add(name);
        // Headings and figures whole (the widest each can show); the names column (the first) takes what is left.
        table.getColumns().add(ColumnWidths.fixed(column("Images", r -> Integer.toString(r.images())), "99999"));
        table.getColumns().add(ColumnWidths.fixed(column("Size", r -> size(r.bytes())), "999.9 MB"));
        TreeTableColumn<LibraryTree.Row, String> used = ColumnWidths.fixed(
                column("Used", r -> used(r.saved(), java.time.Instant.now(), ZoneId.systemDefault())),
                "Dec 2026",
                "31 Dec",
                "23:59");
        table.getColumns().add(used);
        // In a narrow panel (a 1024-pixel window) the names need the room more: when used is in the row's tooltip.
        used.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(USED_FROM));
        table.getColumns()
                .add(ColumnWidths.fixed(
                        column(
                                "Kept",
                                r -> r instanceof LibraryTree.Study st ? (!st.remote() || st.pinned() ? "✔" : "") : ""),
                        "✔"));
        name.setMinWidth(NAME_MIN);
        table.setMinWidth(0);
        table.setRowFactory(t -> {
            TreeTableRow<LibraryTree.Row> row = new TreeTableRow<>();
            row.itemProperty().addListener((o, a, item) -> {
                row.setTooltip(item == null ? null : new Tooltip(tooltip(item)));
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

    /**
     * The row's name whole (the column cuts long ones), when it was last used, and for a study what keeps it and where
     * it came from.
     */
    static String tooltip(LibraryTree.Row row) {
        StringBuilder t = new StringBuilder(row.label())
                .append("\nLast used ")
                .append(WHEN.format(row.saved().atZone(ZoneId.systemDefault())));
        if (row instanceof LibraryTree.Study st) {
            t.append(
                    st.remote()
                            ? st.pinned() ? "\nKept offline: never evicted" : ""
                            : "\nSample images of its dataset: never evicted");
            if (!st.source().isEmpty()) {
                t.append('\n').append(st.source());
            }
        }
        return t.toString();
    }

    private static TreeTableColumn<LibraryTree.Row, String> column(
            String title, java.util.function.Function<LibraryTree.Row, String> text) {
        TreeTableColumn<LibraryTree.Row, String> c = new TreeTableColumn<>(title);
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
        return at.getYear() == today.getYear() ? DAY.format(at) : MONTH.format(at);
    }

    static String size(long bytes) {
        return bytes >= 1_000_000
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1000));
    }
}

package eu.eucaim.workstation.app.fx;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** A vertically scrolling page that wraps to the window's width (dashboard, dataset detail, facets). */
public final class Scrolling {
    private Scrolling() {}

    /**
     * Makes a list cell's content as wide as the cell, so that its text wraps or elides instead of making the list
     * scroll sideways.
     */
    public static void fitToCell(javafx.scene.control.ListCell<?> cell, javafx.scene.layout.Region content) {
        content.maxWidthProperty().bind(cell.widthProperty().subtract(28));
        content.prefWidthProperty().bind(content.maxWidthProperty());
        content.setMinWidth(0);
    }

    /** A list's borders, a cell's padding and a vertical scroll bar, with a margin. */
    static final double LIST_ROOM = 40;

    /**
     * A label that wraps across a list cell's whole width, wrapped at a width that leaves the list's scroll bar its
     * room whether it shows or not: the list works out a cell's height before it knows whether the bar will take its
     * share, and a label wrapped again narrower afterwards runs over the next cell.
     */
    public static <L extends javafx.scene.control.Label> L wrapWithinList(
            javafx.scene.control.ListView<?> list, L label) {
        Texts.wrapping(label);
        label.maxWidthProperty().bind(list.widthProperty().subtract(LIST_ROOM));
        return label;
    }

    public static ScrollPane page(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * Keeps a table's selected row whole in view when the table is made shorter (its series shown below it, filters
     * above it) or the selection moves: the row a user just chose never ends half hidden. Measured once the rows'
     * view has its new height (after that layout pass), not when the table's height changes, before it.
     */
    public static void keepSelectionInView(javafx.scene.control.TableView<?> table) {
        Runnable show = () -> javafx.application.Platform.runLater(() -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0 && table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                showWhole(flow, i);
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> show.run());
        // The rows' view exists once the table has its skin: now, if it is already shown, else when it gets one.
        Runnable watchRows = () -> javafx.application.Platform.runLater(() -> {
            if (table.lookup(".clipped-container") instanceof javafx.scene.layout.Region rows) {
                rows.heightProperty().addListener((h, before, after) -> show.run());
            }
        });
        if (table.getSkin() != null) {
            watchRows.run();
        }
        table.skinProperty().addListener((o, was, skin) -> watchRows.run());
    }

    /** Scrolls only as far as it takes: a row on screen is moved into view, one off screen is brought to the top. */
    private static <T extends javafx.scene.control.IndexedCell<?>> void showWhole(
            javafx.scene.control.skin.VirtualFlow<T> flow, int index) {
        T cell = flow.getVisibleCell(index);
        if (cell != null) {
            flow.scrollTo(cell);
        } else {
            flow.scrollTo(index);
        }
    }
}

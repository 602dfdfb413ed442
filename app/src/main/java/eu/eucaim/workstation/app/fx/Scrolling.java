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

    public static ScrollPane page(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

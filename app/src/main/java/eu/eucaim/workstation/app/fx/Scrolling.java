package eu.eucaim.workstation.app.fx;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** A vertically scrolling page that wraps to the window's width (dashboard, dataset detail, facets). */
public final class Scrolling {
    private Scrolling() {}

    public static ScrollPane page(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

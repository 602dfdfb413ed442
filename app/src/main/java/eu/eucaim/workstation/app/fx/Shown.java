package eu.eucaim.workstation.app.fx;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows a node only while a condition holds, and takes no room in its layout while hidden. */
public final class Shown {
    private Shown() {}

    public static void when(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}

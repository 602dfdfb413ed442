package eu.eucaim.workstation.app.fx;

import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Hover tooltips for chart bars and slices. Charts create their nodes lazily, so wait for the node if needed. */
public final class Tooltips {
    private Tooltips() {}

    public static void onBar(XYChart.Data<?, ?> data, String text) {
        whenPresent(data.getNode(), text);
        data.nodeProperty().addListener((obs, old, node) -> whenPresent(node, text));
    }

    public static void onSlice(PieChart.Data data, String text) {
        whenPresent(data.getNode(), text);
        data.nodeProperty().addListener((obs, old, node) -> whenPresent(node, text));
    }

    private static void whenPresent(Node node, String text) {
        if (node != null) {
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(node, tip);
        }
    }
}

package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.fx.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;

/** The bottom line: node state (with icon and colour), what the node said, and its URL. */
final class StatusBar extends HBox {

    StatusBar(StatusViewModel vm) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        Label state = new Label();
        state.setId("node-state");
        Label detail = new Label();
        detail.setId("node-detail");
        detail.textProperty().bind(vm.detailProperty());
        detail.setMinWidth(0);
        Label url = new Label();
        url.setId("node-url");
        url.textProperty().bind(vm.nodeUrlProperty());
        url.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(state, detail, spacer, url);
        vm.stateProperty().addListener((obs, old, s) -> show(state, s));
        show(state, vm.stateProperty().get());
    }

    private static void show(Label label, NodeState s) {
        label.getStyleClass().removeAll("state-online", "state-offline", "state-connecting");
        switch (s) {
            case ONLINE -> {
                label.setText("Online");
                label.setGraphic(Icons.of(Material2AL.CLOUD_DONE));
                label.getStyleClass().add("state-online");
            }
            case OFFLINE -> {
                label.setText("Offline");
                label.setGraphic(Icons.of(Material2AL.CLOUD_OFF));
                label.getStyleClass().add("state-offline");
            }
            case CONNECTING -> {
                ProgressIndicator p = new ProgressIndicator();
                p.setPrefSize(14, 14);
                label.setText("Connecting");
                label.setGraphic(p);
                label.getStyleClass().add("state-connecting");
            }
        }
    }
}

package eu.eucaim.workstation.app.samples;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** "View sample images" with its progress bar, Cancel and status line; an error shows with Retry in its place. */
public final class SampleImagesBar extends StatusOverlay {

    public SampleImagesBar(SampleImagesViewModel vm) {
        this(vm, new VBox(6));
    }

    private SampleImagesBar(SampleImagesViewModel vm, VBox box) {
        super(box, vm.status(), vm::viewSamples);
        setId("sample-images");
        Button view = new Button("_View sample images", Icons.of(Material2MZ.PHOTO_LIBRARY));
        view.setId("view-samples");
        view.disableProperty().bind(vm.busyProperty());
        view.setOnAction(e -> vm.viewSamples());
        ProgressBar bar = new ProgressBar();
        bar.setId("samples-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button("_Cancel", Icons.of(Material2AL.CLOSE));
        cancel.setId("cancel-samples");
        cancel.setOnAction(e -> vm.cancel());
        for (var n : new javafx.scene.Node[] {bar, cancel}) {
            Shown.when(n, vm.busyProperty());
        }
        HBox row = new HBox(10, view, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        Label line = new Label();
        line.setId("samples-message");
        line.getStyleClass().add("text-muted");
        line.setWrapText(true);
        line.textProperty().bind(vm.messageProperty());
        box.getChildren().addAll(row, line);
        setAlignment(Pos.CENTER_LEFT);
        // Only what shows takes room: the hidden error box would otherwise leave a gap under the button.
        getChildren().forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        Shown.when(this, vm.availableProperty());
    }
}

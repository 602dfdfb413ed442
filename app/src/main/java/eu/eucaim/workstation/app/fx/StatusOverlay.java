package eu.eucaim.workstation.app.fx;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Wraps a view: a spinner over it while {@link LoadStatus} is loading, and a clear message with a Retry button
 * instead of it when the last load failed. The same look on every tab.
 */
public class StatusOverlay extends StackPane {

    public StatusOverlay(Node content, LoadStatus status, Runnable retry) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(status.loadingProperty());
        spinner.setMouseTransparent(true);

        Label title = new Label("Could not load", Icons.of(Material2AL.ERROR_OUTLINE, 28));
        title.getStyleClass().addAll("title-4");
        Label message = new Label();
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.textProperty().bind(status.errorProperty());
        Button retryButton = new Button("_Retry", Icons.of(Material2MZ.REFRESH));
        retryButton.setId("retry");
        retryButton.setDefaultButton(false);
        retryButton.setOnAction(e -> retry.run());
        VBox error = new VBox(12, title, message, retryButton);
        error.setAlignment(Pos.CENTER);
        error.getStyleClass().add("error-box");
        error.visibleProperty().bind(status.errorProperty().isNotNull());
        content.visibleProperty().bind(status.errorProperty().isNull());

        getChildren().addAll(content, error, spinner);
    }
}
